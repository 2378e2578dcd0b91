import Chip from '@material-ui/core/Chip';
import type { ContractVersionAnswer } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { versionBadges } from './contractChangeText';

/**
 * What a version is, in words on badges: no colour carries it (WCAG
 * 1.4.1), and outlined chips keep the theme's text contrast.
 */
export function VersionBadges(props: {
  version: Pick<ContractVersionAnswer, 'sequence' | 'breaking' | 'unannounced'>;
}) {
  return (
    <>
      {versionBadges(props.version).map(text => (
        <Chip
          key={text}
          size="small"
          label={text}
          variant="outlined"
          style={{
            marginRight: 4,
            fontWeight: text === 'Breaking' ? 'bold' : undefined,
          }}
        />
      ))}
    </>
  );
}
