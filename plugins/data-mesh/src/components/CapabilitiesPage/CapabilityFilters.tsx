import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import {
  CAPABILITY_STATUSES,
  KNOWN_CAPABILITY_CATEGORIES,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { CapabilityStatusFilter } from '../../api/DataMeshApi';
import { humanizeWord } from '../shared/presentation';

/** The filters both capability views offer. */
export interface CapabilityFilterValues {
  category?: string;
  status?: CapabilityStatusFilter;
}

const STATUS_OPTIONS: CapabilityStatusFilter[] = [
  ...CAPABILITY_STATUSES,
  'not-offered',
];

/**
 * Category and status filters, passed to the backend as query parameters.
 */
export function CapabilityFilters(props: {
  value: CapabilityFilterValues;
  onChange: (value: CapabilityFilterValues) => void;
  idPrefix: string;
}) {
  const { value, onChange, idPrefix } = props;
  return (
    <Box display="flex" flexWrap="wrap" mb={2}>
      <Box mr={2} minWidth={180}>
        <TextField
          id={`${idPrefix}-category`}
          select
          fullWidth
          label="Category"
          value={value.category ?? ''}
          onChange={event =>
            onChange({ ...value, category: event.target.value || undefined })
          }
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
        >
          <option value="">Any</option>
          {KNOWN_CAPABILITY_CATEGORIES.map(category => (
            <option key={category} value={category}>
              {humanizeWord(category)}
            </option>
          ))}
        </TextField>
      </Box>
      <Box mr={2} minWidth={180}>
        <TextField
          id={`${idPrefix}-status`}
          select
          fullWidth
          label="Status"
          value={value.status ?? ''}
          onChange={event =>
            onChange({
              ...value,
              status:
                (event.target.value as CapabilityStatusFilter) || undefined,
            })
          }
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
        >
          <option value="">Any</option>
          {STATUS_OPTIONS.map(status => (
            <option key={status} value={status}>
              {humanizeWord(status)}
            </option>
          ))}
        </TextField>
      </Box>
    </Box>
  );
}
