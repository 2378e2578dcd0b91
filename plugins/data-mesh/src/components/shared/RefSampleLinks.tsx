import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type { RefSample } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { LinkList } from './links';

/** Props of {@link RefSampleLinks}. */
export interface RefSampleLinksProps {
  sample: RefSample;
  defaultKind?: string;
  /** What the refs are, in the plural, for the show-all button's name. */
  noun: string;
  /** Opens the whole list; without it there is no show-all button. */
  onShowAll?: () => void;
  /** Shown when the list is empty. */
  emptyText?: string;
}

/**
 * The first refs of a long list as links, "and N more", and a button that
 * opens the whole list. Whatever the count, this renders at most the
 * sample: thousands of refs are a number, not thousands of links.
 */
export function RefSampleLinks(props: RefSampleLinksProps) {
  const { sample, defaultKind, noun, onShowAll, emptyText } = props;
  if (sample.count === 0) {
    return emptyText ? (
      <Typography variant="body2" component="span">
        {emptyText}
      </Typography>
    ) : null;
  }
  // Refs the user may not read are dropped from samples but still counted.
  const more = sample.count - sample.sample.length;
  // One ref a line, unbroken: in a table cell, comma-separated links
  // wrap inside names.
  return (
    <div>
      <LinkList>
        {sample.sample.map(ref => (
          <li key={ref} style={{ whiteSpace: 'nowrap' }}>
            <EntityRefLink entityRef={ref} defaultKind={defaultKind} />
          </li>
        ))}
      </LinkList>
      {more > 0 && (
        <Typography variant="body2" component="span">
          {sample.sample.length > 0 ? `and ${more} more` : `${more} ${noun}`}
        </Typography>
      )}
      {onShowAll && (
        <Button
          size="small"
          color="primary"
          onClick={onShowAll}
          aria-label={`Show all ${sample.count} ${noun}`}
          style={{ marginLeft: 4, whiteSpace: 'nowrap' }}
        >
          Show all
        </Button>
      )}
    </div>
  );
}
