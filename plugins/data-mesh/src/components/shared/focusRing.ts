import { makeStyles } from '@material-ui/core/styles';

/**
 * A visible focus for every control inside the element that takes the
 * class (WCAG 2.2 SC 2.4.7). Material UI marks keyboard focus on tabs,
 * buttons and selects with a faint ripple or a grey background only;
 * this draws the theme's primary colour around whatever the keyboard is
 * on, in the light and the dark theme alike.
 */
export const useFocusRing = makeStyles(theme => ({
  focusRing: {
    '& :focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
}));
