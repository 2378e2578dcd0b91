/*
 * The data-contract methods of the fake DataMeshApi: a contract's history
 * is a list of its documents as seen on given days; each version's changes
 * are the common package's diffContracts of it and the one before, and
 * whom a breaking one reaches is its ContractImpactIndex over the
 * entities, paged with the common answer functions as the backend pages.
 */
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ContractImpactIndex,
  ContractVersionAnswer,
  ReachedEntityAnswer,
  breakingFirst,
  contractGraphFromEntities,
  contractImpactAnswer,
  contractRiskAnswer,
  contractVersionAnswer,
  diffContracts,
  normalizeEntityRef,
  pageOfList,
  pageWindow,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { parseEntityRef } from '@backstage/catalog-model';
import type { DataMeshApi, EntityRefLike } from '../api/DataMeshApi';
import { backendError } from './fixtures';

/** One version of a contract as the backend first saw it. */
export interface SeenContract {
  /** When it was seen (ISO timestamp). */
  seenAt: string;
  /** The parsed ODCS document. */
  document: Record<string, unknown>;
}

/** The methods this file answers. */
export type ContractMethods = Pick<
  DataMeshApi,
  'getContractVersions' | 'getContractImpact' | 'getEntityContractRisks'
>;

interface Version {
  api: string;
  answer: ContractVersionAnswer;
  reached: ReachedEntityAnswer[];
}

const apiRefOf = (ref: EntityRefLike) =>
  normalizeEntityRef(parseEntityRef(ref, { defaultKind: 'API' }));

async function notFound(what: string): Promise<never> {
  throw await ResponseError.fromResponse(backendError(404, `No ${what}`));
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : null;
}

/** Every version of one contract, oldest first. */
function versionsOf(
  api: string,
  seen: SeenContract[],
  index: ContractImpactIndex,
): Version[] {
  return seen.map(({ seenAt, document }, i) => {
    const diff =
      i === 0 ? undefined : diffContracts(seen[i - 1].document, document);
    const changes = breakingFirst(
      (diff?.changes ?? []).map(c => ({
        path: c.path,
        kind: c.kind,
        class: c.class,
      })),
    );
    const breaking = diff?.breaking ?? false;
    const reachers = breaking ? index.reachers(api) : undefined;
    return {
      api,
      answer: contractVersionAnswer({
        sequence: i + 1,
        seenAt,
        version: textOf(document.version),
        status: textOf(document.status),
        breaking,
        unannounced: diff?.unannounced ?? false,
        changeCount: changes.length,
        breakingCount: changes.filter(c => c.class === 'breaking').length,
        changes,
      }),
      reached: reachers ? [...reachers.useCases, ...reachers.dataProducts] : [],
    };
  });
}

/**
 * The contract methods over `entities`, with each contract's history by
 * its API's ref (e.g. `api:retail/order-lines-contract`).
 */
export function fakeContractMethods(
  entities: Entity[],
  histories: Record<string, SeenContract[]>,
  stale = false,
): ContractMethods {
  const index = new ContractImpactIndex(contractGraphFromEntities(entities));
  const all = new Map(
    Object.entries(histories).map(([ref, seen]) => {
      const api = apiRefOf(ref);
      return [api, versionsOf(api, seen, index)];
    }),
  );
  return {
    async getContractVersions(ref, request) {
      const api = apiRefOf(ref);
      const versions = all.get(api);
      if (!versions?.length) return notFound(`version of ${api}`);
      const newestFirst = [...versions].reverse().map(v => v.answer);
      return {
        api,
        stale,
        ...pageOfList(newestFirst, pageWindow(request)),
      };
    },
    async getContractImpact(ref, request = {}) {
      const api = apiRefOf(ref);
      const versions = all.get(api) ?? [];
      const version =
        request.version === undefined
          ? [...versions].reverse().find(v => v.answer.breaking)
          : versions.find(v => v.answer.sequence === request.version);
      if (!version) return notFound(`such version of ${api}`);
      return {
        ...contractImpactAnswer(
          api,
          version.answer,
          version.reached,
          pageWindow(request),
        ),
        stale,
      };
    },
    async getEntityContractRisks(ref, request) {
      const entityRef = normalizeEntityRef(ref);
      const risks = [...all.values()]
        .flat()
        .flatMap(({ api, answer, reached }) => {
          const hit = reached.find(r => r.ref === entityRef);
          return hit ? [{ api, answer, hit }] : [];
        })
        .sort((a, b) => b.answer.seenAt.localeCompare(a.answer.seenAt))
        .map(({ api, answer, hit }) => contractRiskAnswer(api, answer, hit));
      return {
        entityRef,
        stale,
        ...pageOfList(risks, pageWindow(request)),
      };
    },
  };
}
