/** One finding of `data-mesh validate`, wherever it came from. */
export interface Finding {
  /** The file, as named on the command line. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** `error` makes the run fail; `warning` does not. */
  severity: 'error' | 'warning';
  /** `kind:namespace/name` of the entity, when there is one. */
  ref?: string;
  /** Field path; empty for the file or document as a whole. */
  path: string;
  /** A sentence naming the field and what was expected. */
  message: string;
}

/** What a run checked, for the summary. */
export interface ValidationSummary {
  files: number;
  entities: number;
  /** Data contracts (`kind: DataContract`) checked; 0 when none. */
  contracts: number;
  findings: Finding[];
}

/** The output formats of `data-mesh validate`. */
export const OUTPUT_FORMATS = ['text', 'json', 'github'] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function count(findings: Finding[], severity: Finding['severity']) {
  return findings.filter(f => f.severity === severity).length;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatText({
  files,
  entities,
  contracts,
  findings,
}: ValidationSummary) {
  const lines = findings.map(f => {
    const where = f.line ? `${f.file}:${f.line}` : f.file;
    const subject = f.ref ? ` ${f.ref}:` : '';
    return `${where}: ${f.severity}:${subject} ${f.message}`;
  });
  lines.push(
    `${plural(files, 'file')}, ${plural(entities, 'entity').replace(
      /entitys$/,
      'entities',
    )}${contracts ? `, ${plural(contracts, 'contract')}` : ''}: ${plural(
      count(findings, 'error'),
      'error',
    )}, ${plural(count(findings, 'warning'), 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}

function formatJson({
  files,
  entities,
  contracts,
  findings,
}: ValidationSummary) {
  return `${JSON.stringify(
    {
      files,
      entities,
      contracts,
      errors: count(findings, 'error'),
      warnings: count(findings, 'warning'),
      findings,
    },
    null,
    2,
  )}\n`;
}

// GitHub's workflow command syntax: data escapes %, CR and LF; property
// values also escape ':' and ','.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function formatGithub({ findings }: ValidationSummary) {
  return findings
    .map(f => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        ...(f.line ? [`line=${f.line}`] : []),
        ...(f.ref ? [`title=${escapeProperty(f.ref)}`] : []),
      ].join(',');
      return `::${f.severity} ${properties}::${escapeData(f.message)}\n`;
    })
    .join('');
}

/** Renders the findings of a run in the chosen format. */
export function formatFindings(
  summary: ValidationSummary,
  format: OutputFormat,
): string {
  switch (format) {
    case 'json':
      return formatJson(summary);
    case 'github':
      return formatGithub(summary);
    default:
      return formatText(summary);
  }
}
