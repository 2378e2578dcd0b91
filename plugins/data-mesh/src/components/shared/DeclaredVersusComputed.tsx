import type { PhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { PHASE_LABELS } from './presentation';

/**
 * A table cell for a scope's phase source: "Computed", or the declared and
 * the computed phase side by side with the reason on hover.
 */
export function DeclaredVersusComputed(props: {
  phase: Pick<PhaseResponse, 'declared' | 'computedPhase'>;
}) {
  const { declared, computedPhase } = props.phase;
  if (!declared) {
    return <>Computed</>;
  }
  const text = `Declared ${PHASE_LABELS[declared.phase]}, computed ${
    PHASE_LABELS[computedPhase]
  }`;
  return <span title={declared.reason ?? undefined}>{text}</span>;
}
