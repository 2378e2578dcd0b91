import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { DataProductEntity } from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The parts of `spec.description`, in the order ODPS readers expect. */
const PARTS = [
  { key: 'purpose', heading: 'Purpose' },
  { key: 'usage', heading: 'Usage' },
  { key: 'limitations', heading: 'Limitations' },
] as const;

/**
 * Free text from the entity, as text: React escapes it, so markup in it
 * shows as written. Line breaks of a YAML block stay; a long unbroken value
 * breaks rather than widen the card.
 */
const FREE_TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * A data product's description block (`spec.description`): its purpose,
 * how to use it and its limitations, each under its heading. Parts the
 * product does not state are left out; a product stating none gets a
 * sentence saying so.
 */
export function DataProductDescriptionCard() {
  const { entity } = useEntity<DataProductEntity>();
  const description = entity.spec.description ?? {};
  const parts = PARTS.flatMap(({ key, heading }) => {
    const value = description[key];
    return typeof value === 'string' && value.trim()
      ? [{ key, heading, value }]
      : [];
  });

  return (
    <InfoCard title="Description">
      {parts.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          This data product has no description yet. Its owner can add its
          purpose, usage and limitations under spec.description.
        </Typography>
      ) : (
        parts.map(({ key, heading, value }) => (
          <Box key={key} mb={2} component="section">
            <Typography variant="subtitle2" component="h3">
              {heading}
            </Typography>
            <Typography variant="body2" style={FREE_TEXT}>
              {value}
            </Typography>
          </Box>
        ))
      )}
    </InfoCard>
  );
}
