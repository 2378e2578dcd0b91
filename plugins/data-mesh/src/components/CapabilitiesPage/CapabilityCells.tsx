import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type {
  CapabilityDemand,
  CapabilityItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from '../shared/presentation';
import { needsByUseCase } from './capabilityGroups';

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

/** Each use case that needs a capability, directly or via which products. */
export function UseCaseNeedsList(props: { demand: CapabilityDemand }) {
  const needs = needsByUseCase(props.demand);
  if (needs.length === 0) {
    return null;
  }
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {needs.map(need => (
        <li key={need.useCase}>
          <EntityRefLink entityRef={need.useCase} />
          {need.direct && ' — directly'}
          {need.viaDataProducts.length > 0 && (
            <>
              {need.direct ? ' and via ' : ' — via '}
              <EntityRefLinks
                entityRefs={need.viaDataProducts}
                defaultKind="DataProduct"
              />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Personas as a comma-separated list of readable words. */
export function personaText(personas: string[]): string {
  return personas.map(humanizeWord).join(', ');
}
