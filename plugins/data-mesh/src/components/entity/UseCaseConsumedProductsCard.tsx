import { EmptyState, InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import {
  PortRef,
  UseCaseEntity,
  parsePortRef,
  refContextOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { EntityRefWithHint } from '../shared/EntityRefWithHint';
import { useMissingEntityRefs } from '../shared/useMissingEntityRefs';

function consumedPorts(entity: UseCaseEntity): PortRef[] {
  const context = refContextOf(entity);
  return (entity.spec.consumes ?? []).flatMap(value => {
    try {
      return [parsePortRef(value, context)];
    } catch {
      // Validation rejects malformed values before they reach the catalog.
      return [];
    }
  });
}

/**
 * The data products a use case consumes, with the output port when one is
 * named; products missing from the catalog are shown as a hint.
 */
export function UseCaseConsumedProductsCard() {
  const { entity } = useEntity<UseCaseEntity>();
  const ports = consumedPorts(entity);
  const missingRefs = useMissingEntityRefs(
    ports.map(port => port.dataProductRef),
  );

  return (
    <InfoCard title="Consumed data products">
      {ports.length === 0 ? (
        <EmptyState
          missing="field"
          title="Consumes no data products"
          description="List the data products this use case reads in spec.consumes, optionally as product#port."
        />
      ) : (
        <List dense aria-label="Consumed data products">
          {ports.map(port => (
            <ListItem
              key={`${port.dataProductRef}#${port.port ?? ''}`}
              disableGutters
            >
              <span>
                <EntityRefWithHint
                  entityRef={port.dataProductRef}
                  missingRefs={missingRefs}
                />
                {port.port && ` (port ${port.port})`}
              </span>
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
