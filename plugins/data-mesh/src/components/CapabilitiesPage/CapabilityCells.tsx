import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { CapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from '../shared/presentation';

/**
 * The capability's name: a link when an entity offers it, else the name
 * with a hint that no PlatformCapability entity describes it.
 */
export function CapabilityName(props: {
  item: Pick<CapabilityItem, 'ref' | 'title' | 'offered'>;
}) {
  const { item } = props;
  if (item.offered) {
    return <EntityRefLink entityRef={item.ref}>{item.title}</EntityRefLink>;
  }
  return (
    <span>
      {item.title}{' '}
      <Typography component="span" variant="caption" color="textSecondary">
        (not in the catalog)
      </Typography>
    </span>
  );
}

/** A capability status; `not-offered` stands out. */
export function CapabilityStatusChip(props: { status: string }) {
  const { status } = props;
  return (
    <Chip
      size="small"
      label={humanizeWord(status)}
      color={status === 'available' ? 'primary' : 'default'}
      variant={status === 'not-offered' ? 'outlined' : 'default'}
    />
  );
}

/** Personas as a comma-separated list of readable words. */
export function personaText(personas: string[]): string {
  return personas.map(humanizeWord).join(', ');
}
