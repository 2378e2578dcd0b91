import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { PhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ComputedAt } from '../shared/ComputedAt';
import { StaleWarning } from '../shared/StaleWarning';
import {
  ADOPTER_CATEGORY_LABELS,
  PHASE_LABELS,
  PHASE_OPTIMISE_FOR,
  formatPercent,
} from '../shared/presentation';
import { NextPhaseCriteria } from './NextPhaseCriteria';

/** Props of {@link PhaseCard}. @public */
export interface PhaseCardProps {
  /** The assessment to show. */
  phase: PhaseResponse;
  /** Card title; defaults to "Data mesh phase". */
  title?: string;
}

/**
 * When people declared a phase, the card shows it next to the computed one
 * with the reason, so nobody mistakes a declaration for evidence.
 */
function DeclaredPhase(props: { phase: PhaseResponse }) {
  const { declared, computedPhase } = props.phase;
  if (!declared) {
    return null;
  }
  const differs = declared.phase !== computedPhase;
  return (
    <Box mt={1} data-testid="declared-phase">
      <Typography variant="body2">
        Declared: <strong>{PHASE_LABELS[declared.phase]}</strong> · computed
        from the catalog: <strong>{PHASE_LABELS[computedPhase]}</strong>
        {differs ? ' (the declared phase overrides it)' : ' (they agree)'}
      </Typography>
      {declared.reason && (
        <Typography variant="body2" color="textSecondary">
          Reason: {declared.reason}
        </Typography>
      )}
    </Box>
  );
}

/**
 * A scope's data-mesh phase: what to optimise for, how far it is from the
 * next phase, where it stands on the S-curve and how fresh the figures are.
 *
 * @public
 */
export function PhaseCard(props: PhaseCardProps) {
  const { phase, title = 'Data mesh phase' } = props;
  return (
    <Box data-testid="phase-card" height="100%">
      <InfoCard title={title}>
        <StaleWarning freshness={phase} />
        <Box display="flex" alignItems="center" flexWrap="wrap">
          <Typography variant="h5" component="p" data-testid="phase-name">
            {PHASE_LABELS[phase.phase]}
          </Typography>
          <Box ml={1}>
            <Chip
              size="small"
              data-testid="adopter-category"
              label={`${
                ADOPTER_CATEGORY_LABELS[phase.adopterCategory]
              } · ${formatPercent(phase.metrics.adoption)} adoption`}
            />
          </Box>
        </Box>
        <DeclaredPhase phase={phase} />
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            Optimise for
          </Typography>
          <Typography variant="body2">
            {PHASE_OPTIMISE_FOR[phase.phase]}
          </Typography>
        </Box>
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            Position on the S-curve
          </Typography>
          <Typography variant="body2">
            {ADOPTER_CATEGORY_LABELS[phase.adopterCategory]}:{' '}
            {phase.metrics.adoptingDomains} of {phase.metrics.domains} domains
            have an active data product ({formatPercent(phase.metrics.adoption)}
            ).
          </Typography>
        </Box>
        {/* Absent in a snapshot stored before contracts were measured. */}
        {typeof phase.metrics.contractCoverage === 'number' && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3">
              Data contracts
            </Typography>
            <Typography variant="body2" data-testid="contract-coverage">
              {formatPercent(phase.metrics.contractCoverage)} of the active data
              products' output ports have a data contract (an odcs API) in the
              catalog.
            </Typography>
          </Box>
        )}
        <Box mt={2}>
          <NextPhaseCriteria next={phase.next} />
        </Box>
        <Typography variant="caption" color="textSecondary">
          Computed <ComputedAt value={phase.computedAt} />
        </Typography>
      </InfoCard>
    </Box>
  );
}
