/*
 * Every scope's assessment as the backend computes it, from catalog
 * entities with the common package's functions, and a scope's forecast
 * from a history, as the phase answer carries it.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  AdoptionPoint,
  BusinessUnitIndex,
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  DataMeshPhase,
  DomainSummary,
  Freshness,
  MetricsIndex,
  ORGANIZATION_SCOPE,
  PhaseForecast,
  PhaseResponse,
  PhaseRules,
  adopterCategory,
  assessPhase,
  factsFromEntities,
  forecastAdoption,
  isGroupScope,
  nextAdoptionTarget,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The default rules of a scope: organisation, business unit or domain. */
export function rulesOf(scope: string): PhaseRules {
  if (scope === ORGANIZATION_SCOPE) return DEFAULT_ORGANIZATION_PHASE_RULES;
  return isGroupScope(scope)
    ? DEFAULT_BUSINESS_UNIT_PHASE_RULES
    : DEFAULT_DOMAIN_PHASE_RULES;
}

/**
 * The forecast of a scope in `computedPhase` from its history, as the
 * phase answer carries it: the common fit, and how many of the days it
 * rests on are example data. The backend's `reason` sentence is for other
 * clients; the plugin words each outcome itself, so it only says which.
 */
export function forecastOf(
  history: Array<AdoptionPoint & { example?: boolean }>,
  scope: string,
  computedPhase: DataMeshPhase,
): PhaseForecast {
  const forecast = forecastAdoption(
    history,
    nextAdoptionTarget(rulesOf(scope), computedPhase),
  );
  const { from, to } = forecast.basis;
  const exampleDays =
    from && to
      ? history.filter(p => p.example && p.date >= from && p.date <= to).length
      : 0;
  return {
    ...forecast,
    reason: forecast.outcome === 'expected' ? null : forecast.outcome,
    exampleDays,
  };
}

/**
 * Every scope's assessment as the backend computes it: the default rules
 * (a business unit's for a group scope), a domain's or a unit's declared
 * phase from its annotations.
 */
export function assessments(entities: Entity[]) {
  const facts = factsFromEntities(entities);
  const metrics = new MetricsIndex(facts);
  const units = new BusinessUnitIndex(facts, metrics);
  const assess = (scope: string): Omit<PhaseResponse, keyof Freshness> => {
    const unit = isGroupScope(scope) ? units.assess(scope) : undefined;
    if (unit) {
      const { phase, computedPhase, declared, next, adopterCategory: c } = unit;
      return {
        scope,
        phase,
        computedPhase,
        declared,
        next,
        metrics: unit.metrics,
        adopterCategory: c,
      };
    }
    const m = metrics.metricsFor(scope);
    const declared =
      scope === ORGANIZATION_SCOPE || isGroupScope(scope)
        ? null
        : facts.domains.find(d => d.ref === scope)?.declared ?? null;
    return {
      scope,
      ...assessPhase(m, rulesOf(scope), declared),
      metrics: m,
      adopterCategory: adopterCategory(m.adoption),
    };
  };
  const domains = facts.domains.map(
    (d): Omit<DomainSummary, keyof Freshness> => ({
      ...assess(d.ref),
      title: d.title,
      archetype: d.archetype,
      subdomainOf: d.subdomainOf,
      dataProducts: facts.dataProducts.filter(p => p.domain === d.ref).length,
      useCases: facts.useCases.filter(u => u.domain === d.ref).length,
    }),
  );
  /** Whether the backend knows the scope: a business unit is a group scope. */
  const known = (scope: string) =>
    scope === ORGANIZATION_SCOPE ||
    domains.some(d => d.scope === scope) ||
    units.unit(scope) !== undefined;
  return { facts, assess, domains, known };
}
