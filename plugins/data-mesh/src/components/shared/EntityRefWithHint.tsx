import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * A link to an entity, or, when the entity does not exist in the catalog,
 * the reference as text with a hint: a dangling reference is allowed in the
 * catalog and is something to fix, not a failure of the page.
 */
export function EntityRefWithHint(props: {
  entityRef: string;
  missingRefs: Set<string>;
  defaultKind?: string;
}) {
  const { entityRef, missingRefs, defaultKind } = props;
  if (!missingRefs.has(normalizeEntityRef(entityRef))) {
    return <EntityRefLink entityRef={entityRef} defaultKind={defaultKind} />;
  }
  return (
    <span>
      {humanizeEntityRef(parseEntityRef(entityRef), { defaultKind })}{' '}
      <Typography component="span" variant="caption" color="textSecondary">
        (not in the catalog)
      </Typography>
    </span>
  );
}
