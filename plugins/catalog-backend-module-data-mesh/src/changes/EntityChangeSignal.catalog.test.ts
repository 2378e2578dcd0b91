/*
 * A real catalog with this module: which changes reach the events service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  DATA_MESH_ENTITY_CHANGES_TOPIC,
  EntityChangesEvent,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { eventually, startRealCatalog } from '../__testUtils__/realCatalog';

jest.setTimeout(60_000);

const V = 'data-mesh-portfolio.io/v1alpha1';

function catalogFile(title: string, description: string) {
  return `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: checkout-team }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: orders }
spec: { owner: checkout-team }
---
apiVersion: ${V}
kind: DataProduct
metadata:
  name: order-history
  title: ${title}
  description: ${description}
spec:
  owner: checkout-team
  domain: orders
  lifecycle: active
  outputPorts: [{ name: order-lines, type: table }]
`;
}

/**
 * Collects, in the catalog's plugin, every ref told on the topic: first
 * sights as `first:<ref>`.
 */
function listener(told: string[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-change-listener',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'test-change-listener',
            topics: [DATA_MESH_ENTITY_CHANGES_TOPIC],
            async onEvent({ eventPayload }) {
              const event = eventPayload as EntityChangesEvent;
              told.push(
                ...event.entityRefs,
                ...(event.firstSightRefs ?? []).map(ref => `first:${ref}`),
              );
            },
          });
        },
      });
    },
  });
}

const PRODUCT = 'dataproduct:default/order-history';
const count = (told: string[], ref: string) =>
  told.filter(r => r === ref).length;
const passes = () => new Promise(r => setTimeout(r, 4000));

describe('EntityChangeSignal in a real catalog', () => {
  it('tells each portfolio entity once, then only what changed in a field the portfolio reads', async () => {
    const told: string[] = [];
    const catalog = await startRealCatalog(
      { 'catalog-info.yaml': catalogFile('Order history', 'All orders') },
      {},
      [listener(told)],
    );
    try {
      // First sight of each portfolio entity since the start; the
      // catalog's Location entities pass too, and the portfolio reads none.
      await eventually(async () =>
        count(told, `first:${PRODUCT}`) > 0 ? true : undefined,
      );
      await passes();
      expect(told.sort()).toEqual([
        `first:${PRODUCT}`,
        'first:domain:default/orders',
        'first:group:default/checkout-team',
      ]);

      // A description is not read by the portfolio: several processing
      // passes tell nothing.
      const file = path.join(catalog.dir, 'catalog-info.yaml');
      fs.writeFileSync(file, catalogFile('Order history', 'Every order'));
      await eventually(async () => {
        const entity = await catalog.getEntity(PRODUCT);
        return entity?.metadata.description === 'Every order'
          ? true
          : undefined;
      });
      await passes();
      expect(count(told, PRODUCT)).toBe(0);

      // A title is: told once, and the catalog then stores it.
      fs.writeFileSync(file, catalogFile('Order lines', 'Every order'));
      await eventually(async () =>
        count(told, PRODUCT) === 1 ? true : undefined,
      );
      const stored = await eventually(async () => {
        const entity = await catalog.getEntity(PRODUCT);
        return entity?.metadata.title === 'Order lines' ? entity : undefined;
      });
      expect(stored.metadata.title).toBe('Order lines');
      await passes();
      expect(count(told, PRODUCT)).toBe(1);
      expect(count(told, `first:${PRODUCT}`)).toBe(1);
      expect(count(told, 'first:domain:default/orders')).toBe(1);
      expect(count(told, 'domain:default/orders')).toBe(0);
    } finally {
      await catalog.stop();
    }
  });
});
