import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { DATA_MESH_PHASES } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  ChangeRecipients,
  ComparedPortfolios,
  DEFAULT_MAX_BLOCKERS_PER_RUN,
  NewBlocker,
  PhaseChange,
  newBlockers,
  phaseChanges,
} from './portfolioChanges';
import type { PortfolioSnapshot } from './snapshot';

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

/** The notification of a use case newly blocked by a capability. */
export function blockerNotification(
  blocker: NewBlocker,
): NotificationSendOptions {
  const { useCase, capability } = blocker;
  const status = capability.status.replace('-', ' ');
  return {
    recipients: { type: 'entity', entityRef: blocker.recipients },
    payload: {
      title: `${useCase.title} needs ${capability.title}, which is ${status}`,
      description: `The ${useCase.status} use case ${useCase.title} needs ${capability.title}, which is not available (${status}).`,
      link:
        capability.status === 'not-offered'
          ? '/data-mesh/capabilities/platform'
          : entityPath(capability.ref),
      severity: useCase.status === 'live' ? 'high' : 'normal',
      topic: BLOCKED_TOPIC,
      scope: `data-mesh:blocked:${capability.ref}:${useCase.ref}`,
    },
  };
}

const STATUS_URGENCY = { live: 0, committed: 1 } as Record<string, number>;
const VALUE_URGENCY = { high: 0, medium: 1, low: 2 } as Record<string, number>;

/** Live before committed, then highest value, then by title. */
function byUrgency(a: NewBlocker, b: NewBlocker): number {
  const rank = (x: NewBlocker) => [
    STATUS_URGENCY[x.useCase.status] ?? 2,
    VALUE_URGENCY[x.useCase.value ?? ''] ?? 3,
  ];
  const [sa, va] = rank(a);
  const [sb, vb] = rank(b);
  return (
    sa - sb ||
    va - vb ||
    a.useCase.title.localeCompare(b.useCase.title, 'en') ||
    a.capability.title.localeCompare(b.capability.title, 'en')
  );
}

/**
 * One notification for the new blockers a recipient is not told one by
 * one: after a large import a run could otherwise send thousands.
 */
export function blockerSummary(
  blockers: NewBlocker[],
): NotificationSendOptions {
  const [first] = blockers;
  const count = blockers.length;
  const examples = blockers
    .slice(0, 3)
    .map(b => `${b.useCase.title} needs ${b.capability.title}`)
    .join('; ');
  return {
    recipients: { type: 'entity', entityRef: first.recipients },
    payload: {
      title:
        count === 1
          ? '1 more use case newly needs a capability that is not available'
          : `${count} more use cases newly need capabilities that are not available`,
      description: `Among them: ${examples}. The platform roadmap lists every use case each capability would unblock.`,
      link: '/data-mesh/capabilities/platform',
      severity: blockers.some(b => b.useCase.status === 'live')
        ? 'high'
        : 'normal',
      topic: BLOCKED_TOPIC,
      // One summary per recipient, updated by the next run's.
      scope: `data-mesh:blocked-more:${first.recipients.join(',')}`,
    },
  };
}

/**
 * The new blockers' notifications: the most urgent one by one, up to the
 * limit, and the rest in one summary per recipient.
 */
function blockerNotifications(
  blockers: NewBlocker[],
  max: number,
): NotificationSendOptions[] {
  const ordered = [...blockers].sort(byUrgency);
  const rest = new Map<string, NewBlocker[]>();
  for (const blocker of ordered.slice(max)) {
    const key = blocker.recipients.join(',');
    const group = rest.get(key);
    if (group) group.push(blocker);
    else rest.set(key, [blocker]);
  }
  return [
    ...ordered.slice(0, max).map(blockerNotification),
    ...[...rest.values()].map(blockerSummary),
  ];
}

/**
 * Everything to send for the step from `previous` to `next`: phase changes
 * first, then new blockers (the most urgent one by one, the rest
 * summarised); changes nobody is to hear about are left out.
 */
export function portfolioNotifications(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
  portfolios?: ComparedPortfolios,
): NotificationSendOptions[] {
  return [
    ...phaseChanges(previous, next, recipients)
      .filter(c => c.recipients.length > 0)
      .map(phaseNotification),
    ...blockerNotifications(
      newBlockers(previous, next, recipients, portfolios).filter(
        b => b.recipients.length > 0,
      ),
      recipients.maxBlockersPerRun ?? DEFAULT_MAX_BLOCKERS_PER_RUN,
    ),
  ];
}
