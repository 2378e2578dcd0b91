/*
 * The whole loop on the embedded default, as a person goes through it: the
 * templates in the portal's catalog, "New data product" filled in Chromium
 * (pickers included) up to its review step and created, "New use case" run
 * through the task API, and both new entities in the catalog, read from the
 * portal's local catalog folder. Screenshots go to e2e-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { openPortalAsGuest } from './chromium';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
} from './backendProcess';
import { dataProductValues, useCaseValues } from './scaffolder/values';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

const screenshots = path.join(repoRoot, 'e2e-results');

describe('creating from a template in the portal', () => {
  let backend: RunningBackend;
  let token: string;
  let browser: Browser;
  let page: Page;

  async function api(route: string, init: RequestInit = {}) {
    const res = await fetch(`${backend.baseUrl}/api${route}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  }

  /** The entity once the catalog has it; fails the test after two minutes. */
  const entityInCatalog = (kind: string, name: string) =>
    waitFor(
      async () => {
        const res = await api(
          `/catalog/entities/by-name/${kind}/default/${name}`,
        );
        return res.status === 200 ? res.body : undefined;
      },
      120_000,
      `${kind}:default/${name} in the catalog${
        kind === 'template'
          ? ' (is @backstage/plugin-catalog-backend-module-scaffolder-entity-model in the backend?)'
          : ''
      }`,
    );

  beforeAll(async () => {
    if (!fs.existsSync(path.join(repoRoot, 'packages/app/dist/index.html'))) {
      throw new Error(
        'packages/app/dist is missing: build the app first (yarn workspace app build)',
      );
    }
    fs.mkdirSync(screenshots, { recursive: true });
    backend = await startBackend({ port: E2E_PORTS.scaffolderPortal.backend });
    token = await backend.getGuestToken();
    // The portal lists templates from the catalog, which needs a processor
    // for the Template kind (Backstage's scaffolder entity-model module).
    for (const name of ['new-data-product', 'new-use-case']) {
      await entityInCatalog('template', name);
    }
    ({ browser, page } = await openPortalAsGuest(backend.baseUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
  });

  /** Types into a picker and picks the option the catalog offers. */
  async function pick(field: string, search: string, option: string) {
    const input = page.locator(`#root_${field}`);
    await input.click();
    await input.fill(search);
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function choose(field: string, option: string) {
    await page.locator(`#root_${field}`).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('lists both templates under Create, reached from the navigation', async () => {
    const nav = page.getByRole('link', { name: 'Create' }).first();
    expect(await nav.getAttribute('href')).toBe('/create');
    await nav.click();
    const titles = page.getByText(/^New (data product|use case)$/);
    // The cards arrive together, from one catalog query.
    await titles.first().waitFor();
    expect((await titles.allTextContents()).sort()).toEqual([
      'New data product',
      'New use case',
    ]);
  });

  it('fills "New data product" with the pickers and shows every value on review', async () => {
    const v = dataProductValues;
    await page.goto(
      `${backend.baseUrl}/create/templates/default/new-data-product`,
    );
    await page.locator('#root_name').fill(v.name);
    await page.locator('#root_title').fill(v.title);
    await page.locator('#root_summary').fill(v.summary);
    await pick('domain', 'ord', 'Orders');
    await pick('owner', 'checkout', 'Checkout');
    await choose('type', v.type);
    await choose('lifecycle', v.lifecycle);
    await page.getByRole('button', { name: 'Next' }).click();

    await page.locator('#root_purpose').fill(v.purpose);
    await page.locator('#root_usage').fill(v.usage);
    await page.locator('#root_limitations').fill(v.limitations);
    await page.getByRole('button', { name: 'Next' }).click();

    await pick('upstream', 'history', 'Order History');
    await pick('upstream', 'shipm', 'Shipments');
    await page.locator('#root_externalSource').fill(v.externalSource);
    await page.locator('#root_outputPortName').fill(v.outputPortName);
    await choose('outputPortType', v.outputPortType);
    await page
      .locator('#root_outputPortDescription')
      .fill(v.outputPortDescription);
    await pick('capabilities', 'batch', 'Batch Ingestion');
    await pick('capabilities', 'quality', 'Data Quality Checks');
    await page.getByRole('button', { name: 'Review' }).click();

    await page.getByRole('button', { name: 'Create' }).waitFor();
    const rows = await page
      .getByRole('row')
      .evaluateAll(trs =>
        trs.map(tr =>
          Array.from(tr.querySelectorAll('th, td')).map(c =>
            (c.textContent ?? '').trim(),
          ),
        ),
      );
    await page.screenshot({
      path: path.join(screenshots, 'scaffolder-review.png'),
      fullPage: true,
    });
    expect(Object.fromEntries(rows)).toEqual({
      Name: v.name,
      Title: v.title,
      Summary: v.summary,
      Domain: v.domain,
      Owner: v.owner,
      Archetype: v.type,
      Lifecycle: v.lifecycle,
      Purpose: v.purpose,
      Usage: v.usage,
      Limitations: v.limitations,
      'Upstream data products': v.upstream.join(''),
      'Source outside the mesh': v.externalSource,
      'Output port name': v.outputPortName,
      'Output port type': v.outputPortType,
      'Output port description': v.outputPortDescription,
      'Platform capabilities': v.capabilities.join(''),
    });
  });

  it('creates it, and the new data product opens from the task page', async () => {
    await page.getByRole('button', { name: 'Create' }).click();
    const open = page.getByRole('link', { name: /open in the catalog/i });
    await open.waitFor({ timeout: 60_000 });
    expect(await open.getAttribute('href')).toBe(
      `/catalog/default/dataproduct/${dataProductValues.name}`,
    );
    const entity = await entityInCatalog('dataproduct', dataProductValues.name);
    expect(entity.metadata.title).toBe(dataProductValues.title);
    expect(entity.spec.inputPorts.map((p: any) => p.dataProduct)).toEqual(
      dataProductValues.upstream,
    );
    await open.click();
    await page
      .getByRole('heading', { name: dataProductValues.title })
      .first()
      .waitFor({ timeout: 60_000 });
    // The entity page shows what the form said, not only a title.
    const ports = page.getByRole('table', { name: 'Output ports' });
    await ports.waitFor();
    expect(await ports.getByRole('row').nth(1).textContent()).toMatch(
      new RegExp(`^${dataProductValues.outputPortName}`),
    );
    await page.screenshot({
      path: path.join(screenshots, 'scaffolder-created.png'),
      fullPage: true,
    });
  });

  it('runs "New use case" as a task; the use case lands in the catalog from the local folder', async () => {
    const started = await api('/scaffolder/v2/tasks', {
      method: 'POST',
      body: JSON.stringify({
        templateRef: 'template:default/new-use-case',
        values: useCaseValues,
      }),
    });
    expect(started.status).toBe(201);
    const completion = await waitFor(
      async () => {
        const events = await api(
          `/scaffolder/v2/tasks/${started.body.id}/events`,
        );
        return (events.body as any[]).find(e => e.type === 'completion');
      },
      60_000,
      'the task to end',
    );
    expect(completion.body.message).toBe(
      'Run completed with status: completed',
    );
    expect(completion.body.output.links[0].entityRef).toBe(
      `usecase:default/${useCaseValues.name}`,
    );

    const entity = await entityInCatalog('usecase', useCaseValues.name);
    expect(entity.spec).toEqual({
      owner: useCaseValues.owner,
      domain: useCaseValues.domain,
      status: useCaseValues.status,
      personas: useCaseValues.personas,
      value: useCaseValues.value,
      complexity: useCaseValues.complexity,
      consumes: useCaseValues.consumes,
      requiresCapabilities: useCaseValues.capabilities,
    });
    // Read from the portal's local catalog folder, one folder per entity.
    expect(
      entity.metadata.annotations['backstage.io/managed-by-location'],
    ).toMatch(
      new RegExp(
        `/usecase\\.default\\.${useCaseValues.name}/catalog-info\\.yaml$`,
      ),
    );
  });
});
