import { ConfigReader } from '@backstage/config';
import {
  canonicalFacts,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { readDataMeshBackendOptions } from '../config';
import type { PortfolioSnapshot } from '../store/PortfolioSnapshot';
import { buildSnapshot } from '../refresh/snapshot';
import { loadExampleEntities } from './exampleOrganisation';

/**
 * The example organisation's snapshot with the default rules, computed at
 * `computedAt`, as a full recompute would store it.
 */
export function exampleSnapshot(
  computedAt = new Date('2026-12-06T10:00:00Z'),
): PortfolioSnapshot {
  return buildSnapshot(
    canonicalFacts(factsFromEntities(loadExampleEntities())),
    readDataMeshBackendOptions(new ConfigReader({})),
    computedAt,
  );
}
