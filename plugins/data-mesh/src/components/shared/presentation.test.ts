import {
  formatMetricValue,
  formatPercent,
  humanizeWord,
  isHttpUrl,
} from './presentation';

describe('presentation helpers', () => {
  it('formats shares as percentages and counts as counts', () => {
    expect(formatPercent(5 / 12)).toBe('41.7%');
    expect(formatPercent(0.16)).toBe('16%');
    expect(formatMetricValue('domainOwnership', 0.8)).toBe('80%');
    expect(formatMetricValue('activeDataProducts', 20)).toBe('20');
  });

  it('turns identifiers into readable words', () => {
    expect(humanizeWord('ml-engineer')).toBe('ML engineer');
    expect(humanizeWord('source-aligned')).toBe('Source aligned');
    expect(humanizeWord('not-offered')).toBe('Not offered');
    expect(humanizeWord('business_user')).toBe('Business user');
  });

  it('accepts only absolute http(s) URLs as links', () => {
    expect(isHttpUrl('https://contracts.example/a.yaml')).toBe(true);
    expect(isHttpUrl('http://contracts.example/a.yaml')).toBe(true);
    // eslint-disable-next-line no-script-url
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('contracts/a.yaml')).toBe(false);
    expect(isHttpUrl(undefined)).toBe(false);
  });
});
