import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/** Props of {@link CountedSection}. */
export interface CountedSectionProps {
  /** Id of the heading, which names the section. */
  id: string;
  title: string;
  /** How many the list holds; undefined while the first page loads. */
  total: number | undefined;
  explanation: string;
  /** What is said instead of the list when it is empty. */
  none: string;
  children: ReactNode;
}

/**
 * A section of a page: its heading with how many the list holds, what the
 * list means, and the list, or a sentence when it is empty.
 */
export function CountedSection(props: CountedSectionProps) {
  const { id, title, total, explanation, none, children } = props;
  return (
    <Box component="section" mb={4} aria-labelledby={id}>
      <Typography variant="h6" component="h2" id={id}>
        {title} ({total ?? '…'})
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {explanation}
      </Typography>
      {total === 0 ? <Typography variant="body2">{none}</Typography> : children}
    </Box>
  );
}
