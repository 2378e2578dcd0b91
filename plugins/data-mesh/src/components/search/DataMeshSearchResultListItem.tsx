/*
 * A search result for a DataProduct, UseCase or PlatformCapability: its
 * title, summary and the facts that tell similar results apart (domain,
 * lifecycle or status, type or category). Documents come from the search
 * backend and were written by whoever can commit a catalog file, so every
 * value is rendered as text and only an in-app path or an http(s) URL
 * becomes a link.
 */
import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DATA_MESH_KINDS } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshKindIcons } from '../../icons';
import { humanizeWord, isHttpUrl } from '../shared/presentation';

/**
 * The part of a search document this item reads; the rest of a data-mesh
 * document (`domain`, `lifecycle`, `status`, `type`, `category`,
 * `summary`) is read defensively, since any collator could have made it.
 *
 * @public
 */
export type DataMeshSearchResultDocument = {
  title: string;
  text: string;
  location: string;
};

/**
 * Props of {@link DataMeshSearchResultListItem}; the search page passes
 * them to every result list item.
 *
 * @public
 */
export type DataMeshSearchResultListItemProps = {
  result?: DataMeshSearchResultDocument;
  /** Overrides the kind's icon. */
  icon?: ReactNode;
  rank?: number;
};

const KIND_NAMES: Record<string, string> = {
  dataproduct: 'Data product',
  usecase: 'Use case',
  platformcapability: 'Platform capability',
};

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', width: '100%' },
  body: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    margin: 0,
    '& div': { display: 'flex', gap: theme.spacing(0.5) },
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
}));

function field(document: object, name: string): string {
  const value = (document as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/**
 * True for a catalog search result of a data-mesh kind whose document the
 * data-mesh transformer made (it carries the domain), so that the item has
 * its facts to show. Other results are left to other items.
 *
 * @public
 */
export function isDataMeshSearchResult(result: {
  type: string;
  document: object;
}): boolean {
  const kind = field(result.document, 'kind').toLocaleLowerCase('en-US');
  return (
    result.type === 'software-catalog' &&
    DATA_MESH_KINDS.some(k => k.toLocaleLowerCase('en-US') === kind) &&
    typeof (result.document as Record<string, unknown>).domain === 'string'
  );
}

/** `domain:default/orders` as "orders"; another namespace stays visible. */
function domainName(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

/** The labelled facts of a result, in the order a reader compares them. */
function factsOf(document: object): Array<[string, string]> {
  const kind = field(document, 'kind').toLocaleLowerCase('en-US');
  const domain = field(document, 'domain');
  const facts: Array<[string, string]> = [
    ['Kind', KIND_NAMES[kind] ?? field(document, 'kind')],
  ];
  if (domain) {
    facts.push(['Domain', domainName(domain)]);
  }
  if (kind === 'dataproduct') {
    const lifecycle = field(document, 'lifecycle');
    const type = field(document, 'type');
    facts.push(
      ['Lifecycle', lifecycle ? humanizeWord(lifecycle) : 'Not stated'],
      ['Type', type ? humanizeWord(type) : 'Not stated'],
    );
  } else {
    const status = field(document, 'status');
    facts.push(['Status', status ? humanizeWord(status) : 'Not stated']);
  }
  const category = field(document, 'category');
  if (category) {
    facts.push(['Category', humanizeWord(category)]);
  }
  return facts;
}

/** An in-app path (not `//host`) or an http(s) URL. */
function isSafeLocation(location: string): boolean {
  return /^\/(?!\/)/.test(location) || isHttpUrl(location);
}

/**
 * A search result list item for DataProduct, UseCase and
 * PlatformCapability results: title, summary, domain, and lifecycle and
 * type (data products) or status (use cases, capabilities). Put it inside
 * the search page's list item; {@link isDataMeshSearchResult} says which
 * results it is for.
 *
 * @public
 */
export function DataMeshSearchResultListItem(
  props: DataMeshSearchResultListItemProps,
) {
  const { result, icon } = props;
  const classes = useStyles();
  if (!result) {
    return null;
  }
  const kind = field(result, 'kind').toLocaleLowerCase('en-US');
  const KindIcon = dataMeshKindIcons[kind];
  const shownIcon = icon ?? (KindIcon ? <KindIcon /> : undefined);
  const title = field(result, 'title');
  const location = field(result, 'location');

  return (
    <div className={classes.root} data-testid="data-mesh-search-result">
      {shownIcon && <ListItemIcon>{shownIcon}</ListItemIcon>}
      <div className={classes.body}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            isSafeLocation(location) ? (
              <Link to={location}>{title}</Link>
            ) : (
              title
            )
          }
          secondary={field(result, 'summary') || undefined}
        />
        <Typography
          component="dl"
          variant="body2"
          className={classes.facts}
          data-testid="data-mesh-search-result-facts"
        >
          {factsOf(result).map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </Typography>
      </div>
    </div>
  );
}
