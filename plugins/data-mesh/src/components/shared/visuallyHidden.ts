import type { CSSProperties } from 'react';

/**
 * Kept in the accessibility tree and out of sight: the text alternatives
 * of the charts, which carry in words and tables what the pictures show.
 * (Material UI 4 has this only as a Typography variant, not for tables.)
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
