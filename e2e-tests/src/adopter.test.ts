/*
 * The adopter's path: every published package built and packed, a portal
 * freshly made with the pinned `@backstage/create-app`, the README's marked
 * installation steps applied to it (and nothing else but the tarballs
 * standing in for the registry and the example locations), then the portal
 * started on SQLite and checked over HTTP and in Chromium.
 */
import {
  ChildProcess,
  execFileSync,
  spawn,
  spawnSync,
} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Page } from 'playwright-core';
import {
  RunningBackend,
  repoRoot,
  waitFor,
  waitForComplementarySearch,
  waitForExamplePortfolio,
} from './backendProcess';
import { PortalSession, openPortalAsGuest } from './chromium';
import {
  PackedPackage,
  missingFiles,
  packPackage,
  publishedPackageDirs,
} from './adopter/packedPackages';
import {
  ReadmeStep,
  applyAppModulesStep,
  applyBackendStep,
  applyDependencyAdditions,
  catalogRuleOf,
  dependencyAdditions,
  readAdopterSteps,
} from './adopter/readmeSteps';
import { E2E_PORTS } from './ports';

jest.setTimeout(1_500_000);

const CREATE_APP = '@backstage/create-app@0.9.2';
const FRONTEND = `http://localhost:${E2E_PORTS.adopter.frontend}`;
const BACKEND = `http://localhost:${E2E_PORTS.adopter.backend}`;

function run(command: string, args: string[], cwd: string, env = {}) {
  return execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

describe('the packed packages in a portal made with @backstage/create-app', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-adopter-'));
  const tarballs = path.join(workDir, 'tarballs');
  const portal = path.join(workDir, 'portal');
  const timings: string[] = [];
  let packed: PackedPackage[];
  let steps: ReadmeStep[];
  let portalProcess: ChildProcess | undefined;
  let portalLog = '';
  let session: PortalSession | undefined;

  const timed = <T>(what: string, fn: () => T): T => {
    const started = Date.now();
    const result = fn();
    timings.push(`${what} ${Math.round((Date.now() - started) / 1000)} s`);
    return result;
  };

  beforeAll(async () => {
    fs.mkdirSync(tarballs);
    run('yarn', ['tsc'], repoRoot);
    packed = timed('build and pack', () =>
      publishedPackageDirs().map(dir => packPackage(dir, tarballs)),
    );
    steps = readAdopterSteps(path.join(repoRoot, 'README.md'));

    timed('create-app', () =>
      run(
        'npx',
        ['-y', CREATE_APP, '--path', portal, '--skip-install'],
        workDir,
        // The name prompt is skipped with the variable; the yarn check
        // outside a project must not fetch the latest yarn.
        { BACKSTAGE_APP_NAME: 'portal', COREPACK_DEFAULT_TO_LATEST: '0' },
      ),
    );

    // The registry's part: the packages resolve to the tarballs.
    const rootManifest = path.join(portal, 'package.json');
    const root = JSON.parse(fs.readFileSync(rootManifest, 'utf8'));
    root.resolutions = {
      ...root.resolutions,
      ...Object.fromEntries(packed.map(p => [p.name, `file:${p.tarball}`])),
    };
    fs.writeFileSync(rootManifest, `${JSON.stringify(root, null, 2)}\n`);

    // The README's steps, in order; the app modules come later, so that
    // the graph is seen without them first.
    const versionOf = (name: string) => {
      const found = packed.find(p => p.name === name);
      if (!found)
        throw new Error(`The README adds ${name}, which is not packed`);
      return found.version;
    };
    for (const step of steps.slice(0, -1)) {
      if (step.lang === 'sh') {
        applyDependencyAdditions(portal, dependencyAdditions(step), versionOf);
      } else if (step.lang === 'ts') {
        applyBackendStep(portal, step);
      } else if (step.lang === 'yaml') {
        const configFile = path.join(portal, 'app-config.yaml');
        const config = parseDocument(fs.readFileSync(configFile, 'utf8'));
        config.addIn(['catalog', 'rules'], catalogRuleOf(step));
        // The adopter's own locations: here, the example organisation.
        for (const file of [
          'domains',
          'platform',
          'data-products',
          'contracts',
          'use-cases',
          'capabilities',
        ]) {
          config.addIn(['catalog', 'locations'], {
            type: 'file',
            target: path.join(repoRoot, 'examples', `${file}.yaml`),
          });
        }
        config.addIn(['catalog', 'locations'], {
          type: 'file',
          target: path.join(repoRoot, 'examples', 'org.yaml'),
          rules: [{ allow: ['Group', 'User'] }],
        });
        fs.writeFileSync(configFile, config.toString());
      }
    }

    // A domain owner's step (README, "For domain owners"): the command line
    // as a development dependency of the portal's repository.
    const portalRoot = JSON.parse(fs.readFileSync(rootManifest, 'utf8'));
    portalRoot.devDependencies = {
      ...portalRoot.devDependencies,
      '@data-mesh-portfolio/data-mesh-cli': versionOf(
        '@data-mesh-portfolio/data-mesh-cli',
      ),
    };
    fs.writeFileSync(rootManifest, `${JSON.stringify(portalRoot, null, 2)}\n`);

    timed('portal install', () =>
      // The template's lockfile is a stub, which CI=true would refuse to
      // write.
      run('yarn', ['install'], portal, {
        YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
      }),
    );

    const started = Date.now();
    portalProcess = spawn('yarn', ['start'], {
      cwd: portal,
      // Not the test runner's NODE_ENV=test: as an adopter runs it.
      env: { ...process.env, NODE_ENV: 'development' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    portalProcess.stdout?.on('data', c => (portalLog += c.toString()));
    portalProcess.stderr?.on('data', c => (portalLog += c.toString()));
    await waitFor(
      async () =>
        (await fetch(`${BACKEND}/.backstage/health/v1/readiness`)).ok ||
        undefined,
      300_000,
      "the portal's backend to start",
    ).catch(error => {
      throw new Error(`${error.message}\n${portalLog.slice(-5000)}`);
    });
    timings.push(
      `backend ready ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });

  afterAll(async () => {
    await session?.browser.close();
    if (portalProcess?.pid) {
      try {
        process.kill(-portalProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise(r => setTimeout(r, 3000));
      try {
        process.kill(-portalProcess.pid, 'SIGKILL');
      } catch {
        // stopped
      }
    }
    process.stdout.write(`adopter path: ${timings.join(', ')}\n`);
    if (!process.env.DM_KEEP_ADOPTER_PORTAL) {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  });

  it("finds the frontend plugin's README steps among the ones it applies", () => {
    // The plugin's README repeats the frontend steps for adopters who
    // start there; both must say the same.
    const pluginSteps = readAdopterSteps(
      path.join(repoRoot, 'plugins/data-mesh/README.md'),
    );
    expect(pluginSteps).toHaveLength(2);
    expect(steps.slice(-2)).toEqual(pluginSteps);
  });

  it('packs every file each package names, as npm would publish it', () => {
    expect(packed.map(p => p.name).sort()).toEqual([
      '@data-mesh-portfolio/data-mesh-cli',
      '@data-mesh-portfolio/plugin-catalog-backend-module-data-mesh',
      '@data-mesh-portfolio/plugin-data-mesh',
      '@data-mesh-portfolio/plugin-data-mesh-backend',
      '@data-mesh-portfolio/plugin-data-mesh-common',
      '@data-mesh-portfolio/plugin-scaffolder-backend-module-data-mesh',
      '@data-mesh-portfolio/plugin-search-backend-module-data-mesh',
    ]);
    expect(packed.flatMap(missingFiles)).toEqual([]);
    const files = (name: string) =>
      packed.find(p => p.name.endsWith(name))!.files;
    // The runtime files read from disk rather than imported.
    expect(files('data-mesh-backend')).toEqual(
      expect.arrayContaining([
        'src/schema/openapi.yaml',
        'config.schema.json',
        expect.stringMatching(/^migrations\/\d+_init\.js$/),
      ]),
    );
    expect(files('data-mesh-common')).toEqual(
      expect.arrayContaining([
        'src/schemas/DataProduct.v1alpha1.schema.json',
        'src/schemas/UseCase.v1alpha1.schema.json',
        'src/schemas/PlatformCapability.v1alpha1.schema.json',
      ]),
    );
  });

  it("runs the installed command line on a domain owner's files", () => {
    // The published package runs its built code (no src/ in the tarball).
    const validate = spawnSync(
      'yarn',
      [
        'data-mesh',
        'validate',
        '--format',
        'json',
        path.join(repoRoot, 'examples/*.yaml'),
      ],
      { cwd: portal, encoding: 'utf8' },
    );
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    const report = JSON.parse(validate.stdout);
    expect(report.errors).toBe(0);
    expect(report.files).toBe(
      fs
        .readdirSync(path.join(repoRoot, 'examples'))
        .filter(f => f.endsWith('.yaml')).length,
    );

    const exported = spawnSync(
      'yarn',
      [
        'data-mesh',
        'odps',
        'export',
        path.join(repoRoot, 'examples/data-products.yaml'),
      ],
      { cwd: portal, encoding: 'utf8' },
    );
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^apiVersion: v1\.0\.0$/m);
  });

  it('answers the organisation phase of the example over HTTP', async () => {
    const backend = {
      baseUrl: BACKEND,
      async getGuestToken() {
        const res = await fetch(`${BACKEND}/api/auth/guest/refresh`, {
          method: 'POST',
        });
        return (await res.json()).backstageIdentity.token;
      },
    } as RunningBackend;
    const phase = await waitForExamplePortfolio(
      backend,
      await backend.getGuestToken(),
    );
    expect(phase.phase).toBe('scale');
    expect(phase.metrics.adoptingDomains).toBe(5);

    // The complementary search's join runs in a worker thread loaded from
    // the published JavaScript, not in the fallback on the event loop.
    const search = await waitForComplementarySearch(
      backend,
      await backend.getGuestToken(),
      phase.computedAt,
    );
    const pairs = await fetch(
      `${BACKEND}/api/data-mesh/use-cases/complementary?limit=1`,
      { headers: { Authorization: `Bearer ${await backend.getGuestToken()}` } },
    ).then(r => r.json());
    expect(pairs).toMatchObject({
      searchedAt: search.searchedAt,
      totalItems: 5,
    });
    expect(portalLog).toMatch(
      /Searched 8 use cases for complementary pairs in \d+ ms: 5 found/,
    );
    expect(portalLog).not.toMatch(/could not run in a worker thread/);
  });

  const graphRelations = async (page: Page) =>
    page.locator('svg tspan').allTextContents();

  it('shows the phase and a data product in Chromium, found through discovery', async () => {
    // Signing in waits for the "Data Mesh" nav item: feature discovery
    // installed the plugin.
    session = await openPortalAsGuest(FRONTEND);
    const { page } = session;
    await page.goto(`${FRONTEND}/data-mesh`);
    await expect(
      page.getByTestId('phase-name').first().innerText({ timeout: 60_000 }),
    ).resolves.toBe('Scale');

    await page.goto(`${FRONTEND}/catalog/default/dataproduct/order-history`);
    const ports = page.getByRole('table', { name: 'Output ports' });
    // The first row under the header is the product's first output port.
    await expect(
      ports.getByRole('row').nth(1).innerText({ timeout: 60_000 }),
    ).resolves.toMatch(/^order-lines/);
  });

  it('draws data-mesh relations in the catalog graph once the module line is added', async () => {
    const { page } = session!;
    const capabilityPage = `${FRONTEND}/catalog/default/platformcapability/stream-ingestion`;
    await page.goto(capabilityPage);
    await page
      .locator('svg tspan', { hasText: 'ownedBy' })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(
      (await graphRelations(page)).filter(r => r.startsWith('dataMesh')),
    ).toEqual([]);

    applyAppModulesStep(portal, steps[steps.length - 1]);
    // The dev server rebuilds the app; reload until the new app is served.
    const relations = await waitFor(
      async () => {
        await page.goto(capabilityPage);
        await page
          .locator('svg tspan', { hasText: 'ownedBy' })
          .first()
          .waitFor({ timeout: 20_000 });
        const found = (await graphRelations(page)).filter(r =>
          r.startsWith('dataMesh'),
        );
        return found.length ? found : undefined;
      },
      240_000,
      'the rebuilt app to draw a data-mesh relation',
    );
    // The use cases needing the capability, by the relation the module
    // teaches the graph.
    expect(relations.join()).toMatch(
      /dataMesh(CapabilityRequiredBy|RequiresCapability)/,
    );
  });
});
