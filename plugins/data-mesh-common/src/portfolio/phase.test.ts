import type { PhaseMetrics } from '../api/types';
import {
  DEFAULT_ORGANIZATION_PHASE_RULES,
  adopterCategory,
  assessPhase,
} from './phase';

const scaleMetrics: PhaseMetrics = {
  domains: 12,
  adoptingDomains: 5,
  adoption: 5 / 12,
  activeDataProducts: 8,
  realUseCases: 5,
  liveUseCases: 3,
  domainOwnership: 7 / 8,
  availableCapabilities: 5,
  contractCoverage: 0,
};

describe('assessPhase', () => {
  it('is bootstrap when a scale criterion fails, and lists scale criteria next', () => {
    const result = assessPhase(
      { ...scaleMetrics, realUseCases: 2 },
      DEFAULT_ORGANIZATION_PHASE_RULES,
    );
    expect(result.computedPhase).toBe('bootstrap');
    expect(result.phase).toBe('bootstrap');
    expect(result.next).toEqual({
      phase: 'scale',
      criteria: [
        { metric: 'adoption', threshold: 0.16, value: 5 / 12, met: true },
        { metric: 'adoptingDomains', threshold: 3, value: 5, met: true },
        { metric: 'activeDataProducts', threshold: 6, value: 8, met: true },
        { metric: 'realUseCases', threshold: 3, value: 2, met: false },
      ],
    });
  });

  it('is scale when scale holds, and shows which exploit criteria are unmet', () => {
    const result = assessPhase(scaleMetrics, DEFAULT_ORGANIZATION_PHASE_RULES);
    expect(result.computedPhase).toBe('scale');
    expect(result.next?.phase).toBe('exploit');
    expect(result.next?.criteria.map(c => [c.metric, c.met])).toEqual([
      ['adoption', false],
      ['domainOwnership', true],
      ['activeDataProducts', false],
      ['liveUseCases', false],
    ]);
  });

  it('is exploit only when scale criteria hold too', () => {
    const exploitOnly = {
      scale: { realUseCases: 100 },
      exploit: { adoption: 0.1 },
    };
    expect(assessPhase(scaleMetrics, exploitOnly).computedPhase).toBe(
      'bootstrap',
    );
    const both = { scale: { realUseCases: 1 }, exploit: { adoption: 0.1 } };
    const result = assessPhase(scaleMetrics, both);
    expect(result.computedPhase).toBe('exploit');
    expect(result.next).toBeNull();
  });

  it('treats a threshold as a minimum that is met when equal', () => {
    expect(
      assessPhase(scaleMetrics, {
        scale: { adoptingDomains: 5 },
        exploit: { adoptingDomains: 6 },
      }).computedPhase,
    ).toBe('scale');
  });

  it('lets a declared phase override the computed one, keeping both', () => {
    const declared = { phase: 'exploit' as const, reason: 'Board decision' };
    const result = assessPhase(
      scaleMetrics,
      DEFAULT_ORGANIZATION_PHASE_RULES,
      declared,
    );
    expect(result.phase).toBe('exploit');
    expect(result.computedPhase).toBe('scale');
    expect(result.declared).toEqual(declared);
    expect(result.next?.phase).toBe('exploit');
  });
});

describe('adopterCategory', () => {
  it.each([
    [0, 'innovators'],
    [0.0249, 'innovators'],
    [0.025, 'early-adopters'],
    [0.1599, 'early-adopters'],
    [0.16, 'early-majority'],
    [5 / 12, 'early-majority'],
    [0.5, 'late-majority'],
    [0.8399, 'late-majority'],
    [0.84, 'laggards'],
    [1, 'laggards'],
  ])('places adoption %p among %s', (adoption, category) => {
    expect(adopterCategory(adoption)).toBe(category);
  });
});
