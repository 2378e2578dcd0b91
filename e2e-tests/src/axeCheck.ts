/*
 * axe-core run inside a page of the portal, and what the accessibility
 * test compares: one finding per rule and element, so that a page's
 * findings can be set against those of Backstage's own pages.
 */
import type { Result } from 'axe-core';
import fs from 'node:fs';
import { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule tags the check runs: every level-A and AA rule. */
export const WCAG_22_AA_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
];

/**
 * axe's script, read as a file: loaded as a module under the test runner's
 * transform, it looks for a window that Node does not have.
 */
const axeSource = fs.readFileSync(
  require.resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One element that breaks one rule. */
export interface AxeFinding {
  /** The axe rule id, e.g. `target-size`. */
  rule: string;
  /** How bad axe says it is: minor, moderate, serious or critical. */
  impact: string;
  /** axe's selector of the element, frames joined by ` >> `. */
  target: string;
  /** What axe says is wrong with the element, first reason only. */
  summary: string;
}

/**
 * Runs axe over the whole page with the WCAG 2.2 AA tags and returns one
 * finding per violating element. axe is injected on every call: a page
 * opened with `goto` has lost what an earlier call injected.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async tags => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations as Result[];
  }, WCAG_22_AA_TAGS);
  return violations.flatMap(violation =>
    violation.nodes.map(node => ({
      rule: violation.id,
      impact: node.impact ?? violation.impact ?? 'unknown',
      target: node.target.map(String).join(' >> '),
      summary: (node.failureSummary ?? violation.help)
        .split('\n')
        .slice(0, 2)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

/** The key by which a finding is excused: the same rule on the same element. */
function findingKey(finding: Pick<AxeFinding, 'rule' | 'target'>): string {
  return `${finding.rule}\u0000${finding.target}`;
}

/**
 * The findings of `findings` that `baseline` does not have, with the same
 * rule on the same element (axe's target selector): what a page adds to
 * what the portal's shell and Backstage's own pages already show.
 */
export function beyondBaseline(
  findings: AxeFinding[],
  baseline: AxeFinding[],
): AxeFinding[] {
  const excused = new Set(baseline.map(findingKey));
  return findings.filter(finding => !excused.has(findingKey(finding)));
}

/** A finding as one line of a test's output: rule, impact and element. */
export function describeFinding(finding: AxeFinding): string {
  return `${finding.rule} (${finding.impact}) at ${finding.target}: ${finding.summary}`;
}
