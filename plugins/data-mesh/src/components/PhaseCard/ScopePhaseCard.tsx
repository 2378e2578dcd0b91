import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { isNotFoundError } from '../shared/errors';
import { PhaseCard } from './PhaseCard';

/** Props of {@link ScopePhaseCard}. */
export interface ScopePhaseCardProps {
  /** `organization` or a domain entity reference. */
  scope: string;
  /** Card title; defaults to "Data mesh phase". */
  title?: string;
}

/**
 * Loads a scope's phase assessment and shows it in a {@link PhaseCard}.
 */
export function ScopePhaseCard(props: ScopePhaseCardProps) {
  const { scope, title = 'Data mesh phase' } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getPhase({ scope }),
    [dataMeshApi, scope],
  );

  if (loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (isNotFoundError(error)) {
    return (
      <InfoCard title={title}>
        <NoAssessmentYet />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel error={error ?? new Error('No answer')} />
      </InfoCard>
    );
  }
  return <PhaseCard phase={value} title={title} />;
}

/**
 * Shown when the backend has no snapshot for a scope yet, which is normal
 * right after a domain is added: assessments are computed on a schedule.
 */
export function NoAssessmentYet() {
  return (
    <EmptyState
      missing="data"
      title="No phase assessment yet"
      description="The portfolio assesses phases on a schedule. This scope has not been assessed yet; check back after the next refresh."
    />
  );
}
