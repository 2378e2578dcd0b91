import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import BlockIcon from '@material-ui/icons/Block';
import BuildIcon from '@material-ui/icons/Build';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import NewReleasesIcon from '@material-ui/icons/NewReleases';
import ScheduleIcon from '@material-ui/icons/Schedule';
import WarningIcon from '@material-ui/icons/Warning';
import type { CapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from './presentation';

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

/**
 * An icon per status, so that the chip does not tell statuses apart by
 * colour alone; the chip's text names the status, so the icon is hidden
 * from screen readers.
 */
const STATUS_ICONS: Record<string, typeof CheckCircleIcon> = {
  available: CheckCircleIcon,
  beta: NewReleasesIcon,
  building: BuildIcon,
  planned: ScheduleIcon,
  deprecated: WarningIcon,
  'not-offered': BlockIcon,
};

/** A capability status in words, with an icon; `not-offered` stands out. */
export function CapabilityStatusChip(props: { status: string }) {
  const { status } = props;
  const Icon = STATUS_ICONS[status];
  return (
    <Chip
      size="small"
      label={humanizeWord(status)}
      icon={Icon && <Icon aria-hidden data-testid={`status-icon-${status}`} />}
      color={status === 'available' ? 'primary' : 'default'}
      variant={status === 'not-offered' ? 'outlined' : 'default'}
    />
  );
}

/** Personas as a comma-separated list of readable words. */
export function personaText(personas: string[]): string {
  return personas.map(humanizeWord).join(', ');
}
