import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { createRouter } from '../router/createRouter';

/** The OpenAPI document describes exactly the routes the router serves. */
describe('openapi.yaml', () => {
  const document = parse(
    fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
  );

  it('lists every route of the router, and no other', async () => {
    const router = await createRouter({
      service: {} as any,
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'x',
    });
    const served = (router as any).stack
      .filter((layer: any) => layer.route)
      .flatMap((layer: any) =>
        Object.keys(layer.route.methods).map(
          method =>
            `${method.toUpperCase()} ${layer.route.path.replace(
              /:(\w+)/g,
              '{$1}',
            )}`,
        ),
      )
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([p, methods]) =>
        Object.keys(methods as object).map(m => `${m.toUpperCase()} ${p}`),
      )
      .sort();
    expect(documented).toEqual(served);
  });
});
