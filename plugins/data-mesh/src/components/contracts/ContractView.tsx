import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ContractObjectSummary,
  ContractSummary,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from '../shared/presentation';
import { ContractPropertiesTable } from './ContractPropertiesTable';
import {
  ContractQualityTable,
  ContractServersTable,
  ContractSlaTable,
} from './ContractTermsTables';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(0, 0, 2),
    '& dt': { fontWeight: theme.typography.fontWeightBold },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  section: { marginTop: theme.spacing(3) },
  object: { marginTop: theme.spacing(2) },
}));

/** Heading levels the view can start at, so it fits the page it is on. */
export type ContractHeadingLevel = 2 | 3 | 4;

function Heading(props: { level: number; children: string }) {
  const { level, children } = props;
  const tag = `h${Math.min(level, 6)}` as 'h2';
  return (
    <Typography
      component={tag}
      variant={level <= 3 ? 'h6' : 'subtitle1'}
      gutterBottom
    >
      {children}
    </Typography>
  );
}

/**
 * What a schema object is and where it is stored, as sentences: its
 * description, then "Stored as <type> <name>".
 */
export function objectNote(
  object: Pick<
    ContractObjectSummary,
    'description' | 'physicalName' | 'physicalType'
  >,
): string {
  return (
    [
      object.description?.trim(),
      object.physicalName &&
        `Stored as ${[object.physicalType, object.physicalName]
          .filter(Boolean)
          .join(' ')}`,
    ]
      .filter((sentence): sentence is string => Boolean(sentence))
      // A description that ends a sentence keeps its own stop: never "..".
      .map(sentence => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`))
      .join(' ')
  );
}

/** The contract's identity: what a reader checks first. */
export function ContractFacts(props: { summary: ContractSummary }) {
  const { summary } = props;
  const classes = useStyles();
  const facts: Array<[string, string | undefined]> = [
    ['Name', summary.name],
    ['Version', summary.version ?? 'Not stated'],
    ['Status', summary.status ? humanizeWord(summary.status) : 'Not stated'],
    ['Standard', summary.apiVersion && `ODCS ${summary.apiVersion}`],
    ['ID', summary.id],
    ['Purpose', summary.purpose],
  ];
  return (
    <dl className={classes.facts}>
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * What a reader sees of a data contract (§8 of the product definition):
 * its version and status, each schema object with its properties, its
 * quality rules, SLA properties and servers. Shown on a data product's
 * output ports and on the API's own page alike.
 */
export function ContractView(props: {
  summary: ContractSummary;
  /** The level of the view's section headings (default 3). */
  headingLevel?: ContractHeadingLevel;
}) {
  const { summary, headingLevel = 3 } = props;
  const classes = useStyles();
  const { objects, objectCount } = summary;
  return (
    <div>
      <ContractFacts summary={summary} />
      <section className={classes.section}>
        <Heading level={headingLevel}>Schema</Heading>
        <Typography variant="body2" color="textSecondary">
          {objects.length < objectCount
            ? `${objects.length} of ${objectCount} schema objects shown`
            : `${objectCount} schema ${
                objectCount === 1 ? 'object' : 'objects'
              }`}
        </Typography>
        {objects.map((object, index) => (
          <section key={`${index}-${object.name}`} className={classes.object}>
            <Heading level={headingLevel + 1}>{object.name}</Heading>
            {(object.description || object.physicalName) && (
              <Typography variant="body2">{objectNote(object)}</Typography>
            )}
            <ContractPropertiesTable object={object} />
          </section>
        ))}
      </section>
      <section className={classes.section}>
        <Heading level={headingLevel}>Quality rules</Heading>
        <ContractQualityTable summary={summary} />
      </section>
      <section className={classes.section}>
        <Heading level={headingLevel}>SLA properties</Heading>
        <ContractSlaTable summary={summary} />
      </section>
      <section className={classes.section}>
        <Heading level={headingLevel}>Servers</Heading>
        <ContractServersTable summary={summary} />
      </section>
    </div>
  );
}
