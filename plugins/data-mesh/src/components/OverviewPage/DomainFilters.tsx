import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import {
  DATA_MESH_PHASES,
  DataMeshPhase,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { PHASE_LABELS } from '../shared/presentation';

/** The filters of the domains table, sent to the server. */
export interface DomainFilterValues {
  /** Text the domain's title or ref contains. */
  q?: string;
  phase?: DataMeshPhase;
}

/** Typing pauses this long before the search is sent. */
const SEARCH_DELAY_MS = 300;

/** The longest search text `GET /domains` accepts. */
const MAX_SEARCH_LENGTH = 100;

/**
 * A search box and a phase filter for the domains table. The search is
 * sent once typing pauses, not on every key.
 */
export function DomainFilters(props: {
  value: DomainFilterValues;
  onChange: (value: DomainFilterValues) => void;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value.q ?? '');
  useDebounce(
    () => {
      const q = text.trim() || undefined;
      if (q !== value.q) onChange({ ...value, q });
    },
    SEARCH_DELAY_MS,
    [text, value, onChange],
  );
  return (
    <Box display="flex" flexWrap="wrap" mb={2}>
      <Box mr={2} mb={1} minWidth={240}>
        <TextField
          id="domains-search"
          type="search"
          fullWidth
          label="Search domains"
          value={text}
          onChange={event => setText(event.target.value)}
          // The server refuses longer text; the box cannot take it at all.
          inputProps={{ maxLength: MAX_SEARCH_LENGTH }}
          InputLabelProps={{ shrink: true }}
        />
      </Box>
      <Box mr={2} mb={1} minWidth={180}>
        <TextField
          id="domains-phase"
          select
          fullWidth
          label="Phase"
          value={value.phase ?? ''}
          onChange={event =>
            onChange({
              ...value,
              phase: (event.target.value as DataMeshPhase) || undefined,
            })
          }
          // Native selects work with every keyboard and screen reader.
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
        >
          <option value="">Any</option>
          {DATA_MESH_PHASES.map(phase => (
            <option key={phase} value={phase}>
              {PHASE_LABELS[phase]}
            </option>
          ))}
        </TextField>
      </Box>
    </Box>
  );
}
