/*
 * Words and number formats shared by every view, so that a phase, a metric
 * or an adopter category reads the same on the page, the cards and the chart.
 */
import {
  AdopterCategory,
  DataMeshPhase,
  PHASE_METRIC_SCALES,
  PhaseMetric,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Display names of the phases. */
export const PHASE_LABELS: Record<DataMeshPhase, string> = {
  bootstrap: 'Bootstrap',
  scale: 'Scale',
  exploit: 'Exploit',
};

/** What a scope should optimise for while it is in a phase. */
export const PHASE_OPTIMISE_FOR: Record<DataMeshPhase, string> = {
  bootstrap:
    'Exploration: a few high-value, low-complexity use cases, a couple of domains and a small set of self-serve patterns.',
  scale:
    'Expanding adoption: bring many domains and teams on board with decentralised ownership.',
  exploit:
    'Consistency and value without disruption: most of the organisation is on board, so serve the laggards.',
};

/** Display names of the metrics a phase is assessed from. */
export const METRIC_LABELS: Record<PhaseMetric, string> = {
  domains: 'Domains',
  adoptingDomains: 'Adopting domains',
  adoption: 'Adoption',
  activeDataProducts: 'Active data products',
  realUseCases: 'Real use cases',
  liveUseCases: 'Live use cases',
  domainOwnership: 'Domain ownership',
  availableCapabilities: 'Available capabilities',
  contractCoverage: 'Contract coverage',
};

/** Display names of the adopter categories of Rogers' S-curve. */
export const ADOPTER_CATEGORY_LABELS: Record<AdopterCategory, string> = {
  innovators: 'Innovators',
  'early-adopters': 'Early adopters',
  'early-majority': 'Early majority',
  'late-majority': 'Late majority',
  laggards: 'Laggards',
};

/** Formats a share (0..1) as a percentage with at most one decimal. */
export function formatPercent(ratio: number): string {
  const percent = Math.round(ratio * 1000) / 10;
  return `${percent}%`;
}

/** Formats a metric's value: ratios as percentages, counts as they are. */
export function formatMetricValue(metric: PhaseMetric, value: number): string {
  return PHASE_METRIC_SCALES[metric] === 'share'
    ? formatPercent(value)
    : String(value);
}

/** Words that read as acronyms in persona and category names. */
const ACRONYMS: ReadonlySet<string> = new Set([
  'ai',
  'api',
  'bi',
  'etl',
  'ml',
  'pii',
  'sla',
]);

/**
 * Turns `kebab-case` or `camelCase` words into a sentence-case label, e.g.
 * `ml-engineer` into "ML engineer".
 */
export function humanizeWord(value: string): string {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map(word => word.toLocaleLowerCase('en-US'))
    .map(word => (ACRONYMS.has(word) ? word.toLocaleUpperCase('en-US') : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toLocaleUpperCase('en-US') + sentence.slice(1);
}

/**
 * True when a value is an absolute http(s) URL. Entity fields are written by
 * anyone who can commit a catalog file, so only these become links: a
 * `javascript:` or relative value is shown as plain text.
 */
export function isHttpUrl(value: string | undefined): value is string {
  if (!value) {
    return false;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
