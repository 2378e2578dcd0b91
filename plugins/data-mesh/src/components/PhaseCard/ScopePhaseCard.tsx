import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { ScopePhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { PhaseScope, dataMeshApiRef } from '../../api/DataMeshApi';
import { isBadRequestError, isNotFoundError } from '../shared/errors';
import { PhaseCard } from './PhaseCard';

/** Props of {@link LoadedPhase}. */
export interface LoadedPhaseProps {
  /** The scope whose assessment is loaded. */
  scope: PhaseScope;
  /** Title of the card shown while loading, or instead of the phase. */
  title: string;
  /** What the card says when the backend knows no such scope (404). */
  notFound: ReactNode;
  /** Show nothing when the backend does not take the scope at all (400). */
  hideWhenRefused?: boolean;
  /** What to show once the assessment is loaded. */
  children(phase: ScopePhaseResponse): ReactNode;
}

/**
 * Loads a scope's phase assessment: a card with progress, the `notFound`
 * message or the error until it is there, then `children`.
 */
export function LoadedPhase(props: LoadedPhaseProps) {
  const { scope, title, notFound, hideWhenRefused, children } = props;
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
  if (hideWhenRefused && isBadRequestError(error)) {
    return null;
  }
  if (isNotFoundError(error)) {
    return <InfoCard title={title}>{notFound}</InfoCard>;
  }
  if (error || !value) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel error={error ?? new Error('No answer')} />
      </InfoCard>
    );
  }
  return <>{children(value)}</>;
}

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
  return (
    <LoadedPhase scope={scope} title={title} notFound={<NoAssessmentYet />}>
      {phase => <PhaseCard phase={phase} title={title} />}
    </LoadedPhase>
  );
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
