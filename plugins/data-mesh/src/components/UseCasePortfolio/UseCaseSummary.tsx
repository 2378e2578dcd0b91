import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type {
  BriefSample,
  CapabilityBrief,
  UseCaseBrief,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { personaText } from '../shared/CapabilityCells';
import { TextWithLinks } from '../shared/links';
import { humanizeWord } from '../shared/presentation';

/**
 * A capability as the insights name it: a link when an entity offers it,
 * with its status in words (a blocked use case waits on that status).
 */
export function CapabilityBriefText(props: { capability: CapabilityBrief }) {
  const { capability } = props;
  if (capability.status === 'not-offered') {
    // No entity describes it: its name as text, and that it is not offered.
    return (
      <span>
        {capability.title}{' '}
        <Typography component="span" variant="caption" color="textSecondary">
          (not offered)
        </Typography>
      </span>
    );
  }
  return (
    <span>
      <EntityRefLink entityRef={capability.ref}>
        {capability.title}
      </EntityRefLink>{' '}
      <Typography component="span" variant="caption" color="textSecondary">
        ({humanizeWord(capability.status).toLocaleLowerCase('en-US')})
      </Typography>
    </span>
  );
}

/**
 * A comma-separated list of capabilities, each with its status: the first
 * ones of a longer list and how many more there are.
 */
export function CapabilityBriefList(props: {
  capabilities: BriefSample<CapabilityBrief>;
}) {
  const { count, sample } = props.capabilities;
  // Entries the reader may not see are left out of samples but counted.
  const more = count - sample.length;
  // Names and statuses run as a sentence: its links are underlined.
  return (
    <TextWithLinks component="span" variant="inherit">
      {sample.map((capability, index) => (
        <span key={capability.ref}>
          {index > 0 && ', '}
          <CapabilityBriefText capability={capability} />
        </span>
      ))}
      {more > 0 && `${sample.length > 0 ? ' and ' : ''}${more} more`}
    </TextWithLinks>
  );
}

/**
 * A use case's name as a link, titled as the API gave it (the API leaves
 * out what the reader may not see), and its status.
 */
export function UseCaseName(props: { useCase: UseCaseBrief }) {
  const { useCase } = props;
  return (
    <>
      <EntityRefLink entityRef={useCase.ref} defaultKind="usecase">
        {useCase.title}
      </EntityRefLink>{' '}
      <Chip
        size="small"
        variant="outlined"
        label={humanizeWord(useCase.status)}
        data-testid="use-case-status"
      />
    </>
  );
}

/** Props of {@link UseCaseSummary}. */
export interface UseCaseSummaryProps {
  useCase: UseCaseBrief;
  /** The capabilities it needs that are not available. */
  blockedBy?: BriefSample<CapabilityBrief>;
}

/**
 * One use case in the portfolio: name and status, who it serves, and what
 * keeps it from being built today.
 */
export function UseCaseSummary(props: UseCaseSummaryProps) {
  const { useCase, blockedBy } = props;
  return (
    <Box component="li" mb={1} data-testid="use-case">
      <UseCaseName useCase={useCase} />
      <Typography variant="body2" color="textSecondary">
        {useCase.personas.length > 0
          ? `For ${personaText(useCase.personas)}`
          : 'No persona named'}
      </Typography>
      {blockedBy && (
        <TextWithLinks variant="body2" data-testid="blocked-by">
          {blockedBy.count > 0 ? (
            <>
              Blocked by <CapabilityBriefList capabilities={blockedBy} />
            </>
          ) : (
            'Nothing blocks it: every capability it needs is available'
          )}
        </TextWithLinks>
      )}
    </Box>
  );
}
