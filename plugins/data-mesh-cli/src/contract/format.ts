import type {
  ContractChange,
  ContractDiff,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The output formats of `data-mesh contract diff`. */
export const DIFF_FORMATS = ['text', 'json', 'github'] as const;

/** One of {@link DIFF_FORMATS}. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** A change with the file and line it is best shown at. */
export interface LocatedChange extends ContractChange {
  /** NEW for what the new version has, OLD for what only the old one had. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
}

/** What a run compared, for the output. */
export interface DiffReport extends Omit<ContractDiff, 'changes'> {
  oldFile: string;
  newFile: string;
  changes: LocatedChange[];
}

// Long values (a list of quality rules, say) are cut: the line names the
// path, where the reader finds the whole value.
const MAX_SHOWN = 60;

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function describe(change: ContractChange): string {
  const words = change.kind.replace(/-/g, ' ');
  if (change.kind.endsWith('-removed') || change.kind.endsWith('-added')) {
    return `${change.path}: ${words}`;
  }
  return `${change.path}: ${words} (${show(change.before)} → ${show(
    change.after,
  )})`;
}

function verdict(report: DiffReport): string {
  const breaking = report.changes.filter(c => c.class === 'breaking').length;
  const total = report.changes.length;
  if (!total) return 'no changes';
  const counts = `${total} change${
    total === 1 ? '' : 's'
  }, ${breaking} breaking`;
  if (!report.breaking) return counts;
  return report.unannounced
    ? `${counts}: unannounced, the contract's major version did not change`
    : `${counts}, announced by a new major version`;
}

function formatText(report: DiffReport): string {
  const lines = report.changes.map(
    c =>
      `${c.line ? `${c.file}:${c.line}` : c.file}: ${c.class}: ${describe(c)}`,
  );
  lines.push(verdict(report));
  return `${lines.join('\n')}\n`;
}

// GitHub's workflow command syntax: data escapes %, CR and LF; property
// values also escape ':' and ','.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function formatGithub(report: DiffReport): string {
  return report.changes
    .map(c => {
      const command = c.class === 'breaking' ? 'error' : 'notice';
      let title = 'contract change';
      if (c.class === 'breaking') {
        title = report.unannounced
          ? 'unannounced breaking contract change'
          : 'breaking contract change';
      }
      const properties = [
        `file=${escapeProperty(c.file)}`,
        ...(c.line ? [`line=${c.line}`] : []),
        `title=${escapeProperty(title)}`,
      ].join(',');
      return `::${command} ${properties}::${escapeData(describe(c))}\n`;
    })
    .join('');
}

/** Renders the changes of a run in the chosen format. */
export function formatDiff(report: DiffReport, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'github':
      return formatGithub(report);
    default:
      return formatText(report);
  }
}
