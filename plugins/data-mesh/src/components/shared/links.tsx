import Typography, { TypographyProps } from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ElementType, ReactNode } from 'react';

/**
 * WCAG 2.2 AA asks two things of links that Backstage's theme does not
 * give ours: a link inside a sentence must differ from the words around it
 * by more than colour (SC 1.4.1), so it is underlined; links listed one
 * under another must be at least 24 × 24 px to hit (SC 2.5.8), so each
 * takes a line of that height.
 */
const useStyles = makeStyles({
  inText: {
    // Backstage's links underline on hover only: in a sentence, always.
    '& a': { textDecoration: 'underline', textUnderlineOffset: '0.15em' },
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    // The link itself, not only its line, is the target axe measures.
    '& a': {
      display: 'inline-block',
      minHeight: 24,
      minWidth: 24,
      lineHeight: '24px',
      verticalAlign: 'middle',
    },
  },
});

/**
 * Text whose links stand out from the words around them by an underline:
 * the one way the data-mesh pages put a link in a sentence.
 */
export function TextWithLinks(
  props: TypographyProps & { component?: ElementType },
) {
  const classes = useStyles();
  const { className, ...rest } = props;
  return (
    <Typography
      {...rest}
      className={[classes.inText, className].filter(Boolean).join(' ')}
    />
  );
}

/** Props of {@link LinkList}. */
export interface LinkListProps {
  /** The list's items, each an `li`, one link or more a line. */
  children: ReactNode;
  /** Accessible name of the list, when the heading around it is not. */
  'aria-label'?: string;
}

/**
 * A list of links one a line, each big enough to hit with a finger or a
 * shaky hand: the cell that lists entities in the tables and cards.
 */
export function LinkList(props: LinkListProps) {
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label={props['aria-label']}>
      {props.children}
    </ul>
  );
}
