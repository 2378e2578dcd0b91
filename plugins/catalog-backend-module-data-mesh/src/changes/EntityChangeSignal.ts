import { createHash } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import type { CatalogProcessor } from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  DATA_MESH_ENTITY_CHANGES_TOPIC,
  EntityChangesEvent,
  PORTFOLIO_ENTITY_KINDS,
  normalizeEntityRef,
  portfolioFieldsOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** What {@link EntityChangeSignal} needs. */
export interface EntityChangeSignalOptions {
  events: EventsService;
  logger: LoggerService;
  /**
   * How long changes gather before they are told, in milliseconds; 500
   * by default. Edits land in bursts (one file, many entities).
   */
  gatherMs?: number;
  /** The most refs one event carries; 500 by default. */
  maxRefsPerEvent?: number;
}

const PORTFOLIO_KINDS = new Set(
  PORTFOLIO_ENTITY_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
);

/**
 * What the portfolio reads of an entity: the fields its facts come from
 * and, for a data contract (an `odcs` API), the contract itself, whose
 * versions the backend keeps.
 */
function readByPortfolio(entity: Entity): unknown[] {
  const fields = portfolioFieldsOf(entity);
  return entity.kind.toLocaleLowerCase('en-US') === 'api' &&
    entity.spec?.type === 'odcs'
    ? [...fields, entity.spec?.definition]
    : fields;
}

/**
 * A short fingerprint of what the portfolio reads: 48 bits of a
 * SHA-256, a plain number, so that a catalog of 100,000 entities costs a
 * few megabytes to remember. A collision would hide one change until the
 * portfolio's next full recompute; its odds are negligible.
 */
function fingerprintOf(entity: Entity): number {
  return createHash('sha256')
    .update(JSON.stringify(readByPortfolio(entity)))
    .digest()
    .readUIntBE(0, 6);
}

/**
 * Tells the data-mesh backend which portfolio entities changed, as the
 * catalog processes them: the catalog emits no change events of its own,
 * and reading every entity's etag again and again would cost the backend
 * what a full recompute costs. A processor sees each entity at each
 * processing pass; this one remembers a fingerprint of the fields the
 * portfolio reads, and when it differs from the one it saw last it
 * publishes the entity's ref on {@link DATA_MESH_ENTITY_CHANGES_TOPIC}
 * (apart, as a first sight, when it sees the entity for the first time
 * since the backend started: after a restart, every entity),
 * gathered for half a second. The event comes just before the catalog stores
 * the entity; the receiver reads the stored entity and waits for it.
 * Deletions never pass a processor: the portfolio's full recompute finds
 * them.
 */
export class EntityChangeSignal implements CatalogProcessor {
  private readonly seen = new Map<string, number>();
  /** Refs to tell, each with whether it is a first sight. */
  private gathered = new Map<string, boolean>();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly gatherMs: number;
  private readonly maxRefsPerEvent: number;

  constructor(private readonly options: EntityChangeSignalOptions) {
    this.gatherMs = options.gatherMs ?? 500;
    this.maxRefsPerEvent = options.maxRefsPerEvent ?? 500;
  }

  getProcessorName(): string {
    return 'DataMeshEntityChangeSignal';
  }

  async postProcessEntity(entity: Entity): Promise<Entity> {
    if (!PORTFOLIO_KINDS.has(entity.kind.toLocaleLowerCase('en-US'))) {
      return entity;
    }
    const ref = normalizeEntityRef(getCompoundEntityRef(entity));
    const fingerprint = fingerprintOf(entity);
    const before = this.seen.get(ref);
    if (before !== fingerprint) {
      this.seen.set(ref, fingerprint);
      this.gathered.set(ref, before === undefined);
      this.timer ??= setTimeout(() => this.tell(), this.gatherMs);
      // A pending signal must not keep a stopping backend alive.
      this.timer.unref?.();
    }
    return entity;
  }

  /** Publishes what was gathered, in events of at most the bound's refs. */
  private async tell(): Promise<void> {
    this.timer = undefined;
    const refs = [...this.gathered];
    this.gathered = new Map();
    for (let i = 0; i < refs.length; i += this.maxRefsPerEvent) {
      const part = refs.slice(i, i + this.maxRefsPerEvent);
      const payload: EntityChangesEvent = {
        entityRefs: part.filter(([, first]) => !first).map(([ref]) => ref),
        firstSightRefs: part.filter(([, first]) => first).map(([ref]) => ref),
      };
      try {
        await this.options.events.publish({
          topic: DATA_MESH_ENTITY_CHANGES_TOPIC,
          eventPayload: payload,
        });
      } catch (error) {
        // The portfolio's periodic full recompute still finds the change.
        this.options.logger.warn(
          `Could not tell the data-mesh portfolio of ${
            part.length
          } changed entities: ${stringifyError(error)}`,
        );
      }
    }
  }
}
