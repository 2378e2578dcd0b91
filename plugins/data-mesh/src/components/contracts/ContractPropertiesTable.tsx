import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  ContractObjectSummary,
  ContractPropertySummary,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { RowPager, useRowPage } from './RowPager';

/** Rows of a properties table shown at once. */
export const PROPERTIES_PAGE_SIZE = 25;

function primaryKeyText(property: ContractPropertySummary): string {
  if (!property.primaryKey) return 'No';
  return property.primaryKeyPosition !== undefined
    ? `Yes (position ${property.primaryKeyPosition})`
    : 'Yes';
}

/**
 * How many properties the table holds: "N of M" when the summary was
 * capped, so a reader knows the contract has more than the page lists.
 */
export function propertyCountText(object: ContractObjectSummary): string {
  const { properties, propertyCount } = object;
  const noun = propertyCount === 1 ? 'property' : 'properties';
  return properties.length < propertyCount
    ? `${properties.length} of ${propertyCount} ${noun} shown; the contract's file has them all`
    : `${propertyCount} ${noun}`;
}

/**
 * A schema object's properties, nested ones by their path, a page at a
 * time: name, logical type, required, primary key, classification and
 * description.
 */
export function ContractPropertiesTable(props: {
  object: ContractObjectSummary;
}) {
  const { object } = props;
  const label = `Properties of ${object.name}`;
  const pages = useRowPage(object.properties, PROPERTIES_PAGE_SIZE);

  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {propertyCountText(object)}
      </Typography>
      {object.properties.length > 0 && (
        <>
          <DataTable aria-label={label}>
            <TableHead>
              <TableRow>
                <HeaderCell>Property</HeaderCell>
                <HeaderCell>Logical type</HeaderCell>
                <HeaderCell>Required</HeaderCell>
                <HeaderCell>Primary key</HeaderCell>
                <HeaderCell>Classification</HeaderCell>
                <HeaderCell>Description</HeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {pages.rows.map(property => (
                <TableRow key={property.path}>
                  <TableCell
                    component="th"
                    role="rowheader"
                    scope="row"
                    style={{ paddingLeft: 16 + property.depth * 16 }}
                  >
                    <code style={{ overflowWrap: 'anywhere' }}>
                      {property.path}
                    </code>
                  </TableCell>
                  <TableCell>{property.logicalType ?? 'Not stated'}</TableCell>
                  <TableCell>{property.required ? 'Yes' : 'No'}</TableCell>
                  <TableCell>{primaryKeyText(property)}</TableCell>
                  <TableCell>
                    {property.classification ?? 'Not classified'}
                  </TableCell>
                  <TableCell style={{ overflowWrap: 'anywhere' }}>
                    {property.description}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <RowPager pages={pages} label={label} />
        </>
      )}
    </>
  );
}
