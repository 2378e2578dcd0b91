import { EmptyState, InfoCard } from '@backstage/core-components';
import { RELATION_DEPENDENCY_OF } from '@backstage/catalog-model';
import {
  EntityRefLinks,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RELATION_DATA_PRODUCT_CONSUMED_BY } from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * Who reads a data product: the use cases that consume it and the data
 * products downstream of it (its lineage the other way).
 */
export function DataProductConsumersCard() {
  const { entity } = useEntity();
  const useCases = getEntityRelations(
    entity,
    RELATION_DATA_PRODUCT_CONSUMED_BY,
  );
  const downstream = getEntityRelations(entity, RELATION_DEPENDENCY_OF, {
    kind: 'DataProduct',
  });

  if (useCases.length === 0 && downstream.length === 0) {
    return (
      <InfoCard title="Consumers">
        <EmptyState
          missing="data"
          title="No consumers yet"
          description="Use cases list this product in spec.consumes; downstream data products in an input port."
        />
      </InfoCard>
    );
  }
  return (
    <InfoCard title="Consumers">
      <Typography variant="subtitle2" component="h3">
        Use cases ({useCases.length})
      </Typography>
      <Box mb={2}>
        {useCases.length > 0 ? (
          <EntityRefLinks entityRefs={useCases} defaultKind="UseCase" />
        ) : (
          <Typography variant="body2">None</Typography>
        )}
      </Box>
      <Typography variant="subtitle2" component="h3">
        Downstream data products ({downstream.length})
      </Typography>
      {downstream.length > 0 ? (
        <EntityRefLinks entityRefs={downstream} defaultKind="DataProduct" />
      ) : (
        <Typography variant="body2">None</Typography>
      )}
    </InfoCard>
  );
}
