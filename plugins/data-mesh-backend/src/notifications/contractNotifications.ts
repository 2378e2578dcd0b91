import { createHash } from 'node:crypto';
import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type {
  NewContractVersion,
  StoredReachedEntity,
} from '../store/ContractVersionStore';

/*
 * The notifications that tell the owners of what a breaking contract
 * change reaches: the owners of the real (committed or live) use cases and
 * of the data products it reaches, one notification per change and owner.
 * A notification names only what its recipients own; the contract and the
 * other consumers are left out, since they may not be allowed to read
 * them: the page of what they own says which contract broke and since
 * when, to whoever may read it.
 */

/** Topic of the notifications about breaking contract changes. */
export const CONTRACT_TOPIC = 'Data mesh contract changes';
/** Titles a notification names at most; the rest are counted. */
const NAMED = 3;

/** The catalog page of an entity. */
function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLowerCase()}/${name}`;
}

/** "Fraud", "Fraud and Dash", "Fraud, Dash, Kpis and 2 more". */
function names(titles: string[]): string {
  if (titles.length === 1) return titles[0];
  const shown = titles.slice(0, NAMED);
  const more = titles.length - shown.length;
  return more > 0
    ? `${shown.join(', ')} and ${more} more`
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Which change a notification is about, without naming the contract: its
 * scope is visible to the recipient.
 */
function changeKey(version: NewContractVersion): string {
  return createHash('sha256')
    .update(`${version.api}\n${version.hash}`)
    .digest('hex')
    .slice(0, 24);
}

function notification(
  version: NewContractVersion,
  owner: string,
  reached: StoredReachedEntity[],
): NotificationSendOptions {
  const titles = reached.map(r => r.title);
  const plural = reached.length > 1;
  const direct = reached.every(r => r.reach === 'port');
  return {
    recipients: { type: 'entity', entityRef: owner },
    payload: {
      title: `A breaking data contract change reaches ${names(titles)}`,
      description: `Since the previous recompute, a data contract that ${names(
        titles,
      )} ${plural ? 'read' : 'reads'} ${
        direct ? 'directly' : 'directly or through upstream data products'
      } changed in a way that can break ${plural ? 'their' : 'its'} reads${
        version.unannounced ? ', without a new major version' : ''
      }. ${
        plural ? 'Their pages say' : 'Its page says'
      } which contract and what changed.`,
      link: entityPath(reached[0].ref),
      severity: reached.some(r => r.status === 'live') ? 'high' : 'normal',
      topic: CONTRACT_TOPIC,
      // One per change and owner: a retry replaces it, and an owner of
      // several groups keeps each group's.
      scope: `data-mesh:contract-break:${changeKey(version)}:${owner}`,
    },
  };
}

/**
 * The notifications of this run's breaking contract versions: for each,
 * one to the owner of each reached real use case and data product, naming
 * those the owner owns. `owners` gives each reached entity's owner; one
 * without a known owner tells nobody.
 */
export function contractChangeNotifications(
  versions: NewContractVersion[],
  owners: (ref: string) => string | undefined,
): NotificationSendOptions[] {
  const found: NotificationSendOptions[] = [];
  for (const version of versions) {
    if (!version.breaking) continue;
    const byOwner = new Map<string, StoredReachedEntity[]>();
    for (const reached of version.reached) {
      // Use cases that are only ideas have nobody to break yet.
      if (reached.real === false) continue;
      const owner = owners(reached.ref);
      if (!owner) continue;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), reached]);
    }
    for (const [owner, reached] of [...byOwner].sort(([a], [b]) =>
      a.localeCompare(b, 'en'),
    )) {
      found.push(notification(version, owner, reached));
    }
  }
  return found;
}
