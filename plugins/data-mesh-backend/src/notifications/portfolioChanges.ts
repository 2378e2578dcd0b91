import {
  CapabilityBrief,
  DataMeshPhase,
  ORGANIZATION_SCOPE,
  PortfolioUseCase,
  UseCaseBrief,
  UseCasePortfolio,
  Steps,
  briefOfUseCase,
  computeUseCasePortfolio,
  isRealUseCase,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from '../store/PortfolioSnapshot';

/*
 * What changed between the stored snapshot and a new one
 * (`changeNotifications.ts` words it as notifications). Pure: the
 * scheduled recompute stores what this finds with the new snapshot, in an
 * outbox sent after the commit (`notifyChanges.ts`), so that a change is
 * told when, and only when, it is stored.
 */

/** Who hears about changes that have no owner of their own. */
export interface ChangeRecipients {
  /** Entity refs told when the organisation's phase changes; may be empty. */
  organizationRecipients: string[];
  /**
   * How many newly needed capabilities one run tells one by one (the most
   * urgent);
   * `DEFAULT_MAX_BLOCKERS_PER_RUN` of the configuration when not given.
   */
  maxBlockersPerRun?: number;
  /** Told about capabilities that have no entity (so no owner); or none. */
  platformTeam: string | null;
}

/** A scope whose phase differs between two snapshots. */
export interface PhaseChange {
  scope: string;
  kind: 'organization' | 'domain' | 'businessUnit';
  title: string;
  from: DataMeshPhase;
  to: DataMeshPhase;
  /** Who is told; empty when nobody is configured or known. */
  recipients: string[];
}

/** A committed or live use case newly needing an unavailable capability. */
export interface NewBlocker {
  useCase: UseCaseBrief;
  capability: CapabilityBrief;
  /** Who is told; empty when nobody is configured or known. */
  recipients: string[];
}

interface Phased {
  scope: string;
  phase: DataMeshPhase;
}

function changed<T extends Phased>(
  before: T[],
  after: T[],
): Array<{ was: DataMeshPhase; now: T }> {
  const previous = new Map(before.map(s => [s.scope, s.phase]));
  return after.flatMap(now => {
    const was = previous.get(now.scope);
    // A scope that did not exist before has not changed phase: it is new.
    return was !== undefined && was !== now.phase ? [{ was, now }] : [];
  });
}

/** The scopes whose phase changed, with the owners to tell. */
export function phaseChanges(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
): PhaseChange[] {
  const found: PhaseChange[] = [];
  if (previous.organization.phase !== next.organization.phase) {
    found.push({
      scope: ORGANIZATION_SCOPE,
      kind: 'organization',
      title: 'The organisation',
      from: previous.organization.phase,
      to: next.organization.phase,
      recipients: recipients.organizationRecipients,
    });
  }
  const owners = new Map(next.facts.domains.map(d => [d.ref, d.owner]));
  for (const { was, now } of changed(previous.domains, next.domains)) {
    const owner = owners.get(now.scope);
    found.push({
      scope: now.scope,
      kind: 'domain',
      title: now.title,
      from: was,
      to: now.phase,
      recipients: owner ? [owner] : [],
    });
  }
  // Snapshots stored before business units were assessed have none to
  // compare with: every unit would look new, not changed.
  if (previous.businessUnits && next.businessUnits) {
    for (const { was, now } of changed(
      previous.businessUnits,
      next.businessUnits,
    )) {
      found.push({
        scope: now.scope,
        kind: 'businessUnit',
        title: now.title,
        from: was,
        to: now.phase,
        recipients: [now.scope],
      });
    }
  }
  return found;
}

/**
 * The use-case portfolios of the two snapshots compared, when the caller
 * has them already: working them out again builds a demand index for each.
 */
export interface ComparedPortfolios {
  previous: UseCasePortfolio;
  next: UseCasePortfolio;
}

/** A snapshot and its use-case portfolio, as changes are told from them. */
export interface ComparedSnapshot {
  snapshot: PortfolioSnapshot;
  portfolio: UseCasePortfolio;
}

/**
 * The committed and live use cases of a portfolio, one at a time: at
 * 100,000 data products a list of them would be one more copy to hold.
 */
function* realUseCases(
  snapshot: PortfolioSnapshot,
  portfolio: UseCasePortfolio = computeUseCasePortfolio(snapshot.facts),
): Generator<PortfolioUseCase> {
  for (const list of [
    ...portfolio.cells.map(c => c.useCases),
    portfolio.unrated,
  ]) {
    for (const u of list) {
      if (isRealUseCase(u)) yield u;
    }
  }
}

/**
 * How many use cases the blocker comparison looks at between two steps: a
 * few milliseconds' work, so that sliced it never holds the event loop.
 */
const USE_CASES_PER_STEP = 1000;

/**
 * {@link newBlockers} in steps, for the recompute to run in slices: at
 * 100,000 data products it took a quarter of a second in one piece.
 */
export function* newBlockersSteps(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
  portfolios?: ComparedPortfolios,
): Steps<NewBlocker[]> {
  const known = new Map<string, Set<string>>();
  let seen = 0;
  for (const u of realUseCases(previous, portfolios?.previous)) {
    known.set(u.ref, new Set(u.blockedBy.map(c => c.ref)));
    if (++seen % USE_CASES_PER_STEP === 0) yield;
  }
  const entities = new Set(next.facts.capabilities.map(c => c.ref));
  yield;
  const found: NewBlocker[] = [];
  for (const u of realUseCases(next, portfolios?.next)) {
    if (++seen % USE_CASES_PER_STEP === 0) yield;
    const before = known.get(u.ref);
    for (const capability of u.blockedBy) {
      if (before?.has(capability.ref)) continue;
      found.push({
        useCase: briefOfUseCase(u),
        capability,
        // The notifications backend resolves a capability entity to its
        // owner's members; a capability without an entity has no owner.
        recipients: entities.has(capability.ref)
          ? [capability.ref]
          : [recipients.platformTeam].filter((r): r is string => !!r),
      });
    }
  }
  return found;
}

/**
 * The pairs of a committed or live use case and an unavailable capability
 * it needs that the previous snapshot did not have. A use case that was
 * already blocked and moves from committed to live is not news; one that
 * becomes committed while blocked is. Compared use case by use case: at
 * 100,000 data products a key per pair made 800,000 strings and held the
 * event loop for almost two seconds.
 */
export function newBlockers(
  previous: PortfolioSnapshot,
  next: PortfolioSnapshot,
  recipients: ChangeRecipients,
  portfolios?: ComparedPortfolios,
): NewBlocker[] {
  return runSteps(newBlockersSteps(previous, next, recipients, portfolios));
}
