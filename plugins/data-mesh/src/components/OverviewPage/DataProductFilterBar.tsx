import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import {
  DATA_PRODUCT_LIFECYCLES,
  DOMAIN_ARCHETYPES,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from '../shared/presentation';
import type {
  DataProductDomain,
  DataProductFilters,
} from './useDataProductsPage';

function FilterSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Box mr={2} mb={1} minWidth={180}>
      <TextField
        id={props.id}
        select
        fullWidth
        label={props.label}
        value={props.value ?? ''}
        onChange={event => props.onChange(event.target.value || undefined)}
        // Native selects work with every keyboard and screen reader.
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="">Any</option>
        {props.options.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
    </Box>
  );
}

/**
 * Domain, lifecycle and type filters of the data products table.
 */
export function DataProductFilterBar(props: {
  filters: DataProductFilters;
  onChange: (filters: DataProductFilters) => void;
  domains: DataProductDomain[];
}) {
  const { filters, onChange, domains } = props;
  const domainOptions = domains.map(({ ref, title }) => ({
    value: ref,
    label:
      title ??
      humanizeEntityRef(parseEntityRef(ref), { defaultKind: 'domain' }),
  }));
  const wordOptions = (values: readonly string[]) =>
    values.map(value => ({ value, label: humanizeWord(value) }));

  return (
    <Box display="flex" flexWrap="wrap" mb={2}>
      <FilterSelect
        id="data-products-domain"
        label="Domain"
        value={filters.domain}
        options={domainOptions}
        onChange={domain => onChange({ ...filters, domain })}
      />
      <FilterSelect
        id="data-products-lifecycle"
        label="Lifecycle"
        value={filters.lifecycle}
        options={wordOptions(DATA_PRODUCT_LIFECYCLES)}
        onChange={lifecycle => onChange({ ...filters, lifecycle })}
      />
      <FilterSelect
        id="data-products-type"
        label="Type"
        value={filters.type}
        options={wordOptions(DOMAIN_ARCHETYPES)}
        onChange={type => onChange({ ...filters, type })}
      />
    </Box>
  );
}
