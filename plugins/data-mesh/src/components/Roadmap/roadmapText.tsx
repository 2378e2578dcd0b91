import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type {
  BriefSample,
  UseCaseBrief,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { UseCaseName } from '../UseCasePortfolio/UseCaseSummary';
import { LinkList } from '../shared/links';

/** "high value", or "no value set". */
export function valueText(useCase: Pick<UseCaseBrief, 'value'>): string {
  return useCase.value ? `${useCase.value} value` : 'no value set';
}

/** What else a partly unblocked use case still waits for. */
export function alsoLackingText(alsoLacking: number): string {
  return `also lacks ${alsoLacking} other capabilit${
    alsoLacking === 1 ? 'y' : 'ies'
  }`;
}

/** Props of {@link UseCaseLines}. */
export interface UseCaseLinesProps<T extends UseCaseBrief> {
  useCases: BriefSample<T>;
  /** What is said after each use case's name. */
  detail: (useCase: T) => string;
  /** Accessible name of the list. */
  label: string;
  /** Opens the whole list; offered when the sample does not hold it all. */
  onShowAll?: () => void;
}

/**
 * The first use cases of a list, one a line with their status and a
 * detail, how many more there are, and a button to see them all.
 */
export function UseCaseLines<T extends UseCaseBrief>(
  props: UseCaseLinesProps<T>,
) {
  const { useCases, detail, label, onShowAll } = props;
  if (useCases.count === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  const more = useCases.count - useCases.sample.length;
  return (
    <>
      <LinkList aria-label={label}>
        {useCases.sample.map(useCase => (
          <li key={useCase.ref} data-testid="roadmap-use-case">
            <UseCaseName useCase={useCase} />{' '}
            <Typography component="span" variant="body2" color="textSecondary">
              · {detail(useCase)}
            </Typography>
          </li>
        ))}
      </LinkList>
      {more > 0 && (
        <Typography variant="body2" component="div">
          and {more} more
          {onShowAll && (
            <Button
              size="small"
              color="primary"
              onClick={onShowAll}
              aria-label={`Show all ${useCases.count}: ${label}`}
            >
              Show all
            </Button>
          )}
        </Typography>
      )}
    </>
  );
}
