import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  DATA_MESH_PHASES,
  Steps,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DEFAULT_MAX_BLOCKERS_PER_RUN } from '../config';
import {
  ChangeRecipients,
  ComparedPortfolios,
  NewBlocker,
  PhaseChange,
  newBlockersSteps,
  phaseChanges,
} from './portfolioChanges';
import type { PortfolioSnapshot } from '../store/PortfolioSnapshot';

/*
 * The notifications that tell the changes `portfolioChanges.ts` finds:
 * their wording, links, severity and scope, and how many one run sends.
 */

/** The notifications' topics, for filtering in the notifications page. */
export const PHASE_TOPIC = 'Data mesh phase';
/** Topic of the notifications about capabilities blocking use cases. */
export const BLOCKED_TOPIC = 'Data mesh capability demand';

/** The catalog page of an entity. */
function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLowerCase()}/${name}`;
}

function phaseLink(change: PhaseChange): string {
  if (change.kind === 'organization') return '/data-mesh';
  const page = entityPath(change.scope);
  return change.kind === 'domain' ? `${page}/data-mesh` : page;
}

const KIND_LABEL = {
  organization: 'The organisation',
  domain: 'The domain',
  businessUnit: 'The business unit',
};

/** The notification of a phase change. */
export function phaseNotification(
  change: PhaseChange,
): NotificationSendOptions {
  const up =
    DATA_MESH_PHASES.indexOf(change.to) > DATA_MESH_PHASES.indexOf(change.from);
  const subject =
    change.kind === 'organization'
      ? KIND_LABEL.organization
      : `${KIND_LABEL[change.kind]} ${change.title}`;
  const severity: NotificationSeverity = up ? 'normal' : 'high';
  return {
    recipients: { type: 'entity', entityRef: change.recipients },
    payload: {
      title: `${change.title} moved from ${change.from} to ${change.to}`,
      description: up
        ? `${subject} now meets the ${change.to} criteria; at the previous recompute it was in ${change.from}.`
        : `${subject} no longer meets the ${change.from} criteria and is back in ${change.to}.`,
      link: phaseLink(change),
      severity,
      topic: PHASE_TOPIC,
      // One notification per scope, updated by each later change: a retry
      // or a change back and forth never piles up copies.
      scope: `data-mesh:phase:${change.scope}`,
    },
  };
}

/** The new blockers of one capability, or of every capability nobody offers. */
interface BlockerGroup {
  /** The capability, when it has an entity; undefined for the not-offered. */
  capability?: NewBlocker['capability'];
  recipients: string[];
  /** The distinct use cases newly blocked, by status. */
  live: Set<string>;
  committed: Set<string>;
  /** The distinct capabilities nobody offers among them. */
  notOffered: Set<string>;
}

/** "1 live use case", "3 committed or live use cases". */
function useCaseCount(group: BlockerGroup): {
  text: string;
  plural: boolean;
} {
  const live = group.live.size;
  const committed = [...group.committed].filter(
    ref => !group.live.has(ref),
  ).length;
  const count = live + committed;
  let status = 'committed or live';
  if (committed === 0) status = 'live';
  else if (live === 0) status = 'committed';
  const plural = count !== 1;
  return { text: `${count} ${status} use case${plural ? 's' : ''}`, plural };
}

/**
 * The notification to a capability's owners: it names the capability,
 * which they own, and counts the use cases, which they may not be allowed
 * to read; the capability's page lists those they may.
 */
function capabilityBlockerNotification(
  group: BlockerGroup & { capability: NewBlocker['capability'] },
): NotificationSendOptions {
  const { capability } = group;
  const count = useCaseCount(group);
  const status = capability.status.replace('-', ' ');
  return {
    recipients: { type: 'entity', entityRef: group.recipients },
    payload: {
      title: `${count.text} newly ${count.plural ? 'need' : 'needs'} ${
        capability.title
      }`,
      description: `Since the previous recompute, ${count.text} started needing ${capability.title}, which is ${status}. Its page lists the use cases that need it.`,
      link: entityPath(capability.ref),
      severity: group.live.size > 0 ? 'high' : 'normal',
      topic: BLOCKED_TOPIC,
      // One per capability, updated by a later run's or a retry.
      scope: `data-mesh:blocked:${capability.ref}`,
    },
  };
}

/**
 * The notification to the platform team about capabilities that no entity
 * offers: their names are text from the entities that require them, so it
 * only counts.
 */
function notOfferedNotification(group: BlockerGroup): NotificationSendOptions {
  const count = useCaseCount(group);
  const needs = count.plural ? 'need' : 'needs';
  const capabilities = group.notOffered.size;
  return {
    recipients: { type: 'entity', entityRef: group.recipients },
    payload: {
      title: `${count.text} newly ${needs} ${
        capabilities === 1 ? 'a capability' : 'capabilities'
      } nobody offers`,
      description: `Since the previous recompute, ${
        count.text
      } started needing ${capabilities} ${
        capabilities === 1 ? 'capability' : 'capabilities'
      } that no entity offers. The platform view lists them.`,
      link: '/data-mesh/capabilities/platform',
      severity: group.live.size > 0 ? 'high' : 'normal',
      topic: BLOCKED_TOPIC,
      scope: `data-mesh:blocked-not-offered:${group.recipients.join(',')}`,
    },
  };
}

/**
 * One notification for the capabilities not told one by one, to all their
 * owners at once: after a large import a run could otherwise send hundreds.
 * It names nothing, since each recipient owns only some of them.
 */
function blockerSummary(
  groups: Array<BlockerGroup & { capability: NewBlocker['capability'] }>,
): NotificationSendOptions {
  const owners = [...new Set(groups.flatMap(g => g.recipients))].sort();
  return {
    recipients: { type: 'entity', entityRef: owners },
    payload: {
      title:
        'More capabilities you own are newly needed by committed or live use cases',
      description:
        'This recompute found more newly needed capabilities than are told one by one. The platform view lists each capability with the use cases that need it.',
      link: '/data-mesh/capabilities/platform',
      severity: groups.some(g => g.live.size > 0) ? 'high' : 'normal',
      topic: BLOCKED_TOPIC,
      scope: 'data-mesh:blocked-more',
    },
  };
}

/** The new blockers grouped: one group per capability entity, one for the rest. */
function groupBlockers(blockers: NewBlocker[]): {
  byCapability: Array<BlockerGroup & { capability: NewBlocker['capability'] }>;
  notOffered?: BlockerGroup;
} {
  const byCapability = new Map<
    string,
    BlockerGroup & { capability: NewBlocker['capability'] }
  >();
  let notOffered: BlockerGroup | undefined;
  for (const blocker of blockers) {
    const { capability, useCase } = blocker;
    let group: BlockerGroup;
    if (capability.status === 'not-offered') {
      notOffered ??= {
        recipients: blocker.recipients,
        live: new Set(),
        committed: new Set(),
        notOffered: new Set(),
      };
      group = notOffered;
      group.notOffered.add(capability.ref);
    } else {
      let found = byCapability.get(capability.ref);
      if (!found) {
        found = {
          capability,
          recipients: blocker.recipients,
          live: new Set(),
          committed: new Set(),
          notOffered: new Set(),
        };
        byCapability.set(capability.ref, found);
      }
      group = found;
    }
    (useCase.status === 'live' ? group.live : group.committed).add(useCase.ref);
  }
  return { byCapability: [...byCapability.values()], notOffered };
}

/** Capabilities a live use case needs first, then the most needed, then by title. */
function byUrgency(a: BlockerGroup, b: BlockerGroup): number {
  const size = (g: BlockerGroup) => g.live.size + g.committed.size;
  return (
    Number(b.live.size > 0) - Number(a.live.size > 0) ||
    size(b) - size(a) ||
    (a.capability?.title ?? '').localeCompare(b.capability?.title ?? '', 'en')
  );
}

/**
 * The new blockers' notifications: one per capability with an entity, the
 * most urgent up to the limit and the rest in one summary to their owners,
 * and one to the platform team for every capability nobody offers.
 */
function blockerNotifications(
  blockers: NewBlocker[],
  max: number,
): NotificationSendOptions[] {
  const { byCapability, notOffered } = groupBlockers(blockers);
  const ordered = byCapability.sort(byUrgency);
  const rest = ordered.slice(max);
  return [
    ...ordered.slice(0, max).map(capabilityBlockerNotification),
    ...(rest.length > 0 ? [blockerSummary(rest)] : []),
    ...(notOffered ? [notOfferedNotification(notOffered)] : []),
  ];
}

/**
 * Everything to send for the step from `previous` to `next`: phase changes
 * first, then new blockers (the most urgent one by one, the rest
 * summarised); changes nobody is to hear about are left out. In steps, for
 * the recompute to run in slices.
 */
export function* portfolioNotificationsSteps(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
  portfolios?: ComparedPortfolios,
): Steps<NotificationSendOptions[]> {
  const phases = phaseChanges(previous, next, recipients)
    .filter(c => c.recipients.length > 0)
    .map(phaseNotification);
  const blockers = yield* newBlockersSteps(
    previous,
    next,
    recipients,
    portfolios,
  );
  yield;
  return [
    ...phases,
    ...blockerNotifications(
      blockers.filter(b => b.recipients.length > 0),
      recipients.maxBlockersPerRun ?? DEFAULT_MAX_BLOCKERS_PER_RUN,
    ),
  ];
}

/** {@link portfolioNotificationsSteps} at once. */
export function portfolioNotifications(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
  portfolios?: ComparedPortfolios,
): NotificationSendOptions[] {
  return runSteps(
    portfolioNotificationsSteps(previous, next, recipients, portfolios),
  );
}
