import type {
  AdopterCategory,
  PhaseHistoryPoint,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dayOf } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ADOPTER_CATEGORY_LABELS, formatPercent } from '../shared/presentation';
import { visuallyHidden } from '../shared/visuallyHidden';
import { ADOPTER_SEGMENTS } from './sCurve';

/** Props of {@link SCurveFigures}. */
export interface SCurveFiguresProps {
  scopeLabel: string;
  adoption: number;
  adopterCategory: AdopterCategory;
  history: PhaseHistoryPoint[];
}

/**
 * The figures the S-curve chart draws, as tables a screen reader can walk:
 * each adopter segment with its share and its range of adoption, where the
 * scope stands, and every snapshot of its trail. Out of sight, since the
 * chart shows the same.
 */
export function SCurveFigures(props: SCurveFiguresProps) {
  const { scopeLabel, adoption, adopterCategory, history } = props;
  return (
    <div style={visuallyHidden} data-testid="s-curve-figures">
      <table>
        <caption>Segments of the S-curve of adoption</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col">Share of adopters</th>
            <th scope="col">Adoption from</th>
            <th scope="col">Adoption to</th>
            <th scope="col">{scopeLabel}</th>
          </tr>
        </thead>
        <tbody>
          {ADOPTER_SEGMENTS.map(segment => (
            <tr key={segment.category}>
              <th scope="row">{ADOPTER_CATEGORY_LABELS[segment.category]}</th>
              <td>{formatPercent(segment.share)}</td>
              <td>{formatPercent(segment.from)}</td>
              <td>{formatPercent(segment.to)}</td>
              <td>
                {segment.category === adopterCategory
                  ? `here now, at ${formatPercent(adoption)}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.length > 0 && (
        <table>
          <caption>{`Adoption snapshots of ${scopeLabel}, oldest first`}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Adoption</th>
            </tr>
          </thead>
          <tbody>
            {history.map(point => (
              <tr key={point.date}>
                <th scope="row">{dayOf(point.date)}</th>
                <td>{formatPercent(point.adoption)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
