import { useTheme } from '@material-ui/core/styles';
import type {
  AdopterCategory,
  PhaseHistoryPoint,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dayOf } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ADOPTER_CATEGORY_LABELS, formatPercent } from '../shared/presentation';
import { SCurveFigures } from './SCurveFigures';
import {
  ADOPTER_SEGMENTS,
  adoptionAt,
  sampleCurve,
  timeOfAdoption,
} from './sCurve';

/** Props of {@link SCurveChart}. @public */
export interface SCurveChartProps {
  /** Who the curve is about, in words, e.g. "The organisation" or "Orders". */
  scopeLabel: string;
  /** Current adoption share (0..1). */
  adoption: number;
  /** Where the scope stands on the S-curve, as the backend assessed it. */
  adopterCategory: AdopterCategory;
  /** Earlier snapshots, oldest first. */
  history?: PhaseHistoryPoint[];
}

const VIEW_WIDTH = 560;
const VIEW_HEIGHT = 250;
const MARGIN = { top: 16, right: 12, bottom: 56, left: 44 };
const PLOT_WIDTH = VIEW_WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = VIEW_HEIGHT - MARGIN.top - MARGIN.bottom;

const toX = (t: number) => MARGIN.left + t * PLOT_WIDTH;
const toY = (adoption: number) => MARGIN.top + (1 - adoption) * PLOT_HEIGHT;
const pointAt = (adoption: number) => ({
  x: toX(timeOfAdoption(adoption)),
  y: toY(adoption),
});

const CURVE_POINTS = sampleCurve()
  .map(([t, adoption]) => `${toX(t).toFixed(1)},${toY(adoption).toFixed(1)}`)
  .join(' ');

/** The date part of an ISO timestamp, for compact descriptions. */
function isoDay(date: string): string {
  return dayOf(date);
}

/** Describes the chart in words, for screen readers and tooltips. */
export function describeAdoptionPosition(props: SCurveChartProps): string {
  const { scopeLabel, adoption, adopterCategory, history = [] } = props;
  const position = `${scopeLabel} is at ${formatPercent(
    adoption,
  )} adoption, in the ${ADOPTER_CATEGORY_LABELS[
    adopterCategory
  ].toLocaleLowerCase('en-US')} segment of the S-curve of adoption.`;
  if (history.length === 0) {
    return `${position} No earlier snapshots yet.`;
  }
  const first = history[0];
  const last = history[history.length - 1];
  return `${position} ${history.length} snapshot${
    history.length === 1 ? '' : 's'
  } from ${isoDay(first.date)} (${formatPercent(first.adoption)}) to ${isoDay(
    last.date,
  )} (${formatPercent(last.adoption)}).`;
}

/** Samples of the curve per unit of time, as the curve itself is drawn. */
const TRAIL_SAMPLES = 64;

/**
 * The polyline points of the path a scope has travelled: from snapshot to
 * snapshot in the order they were taken, along the curve (each snapshot
 * sits on it at its adoption, so the path between two follows the curve
 * rather than cutting across it, backwards when adoption fell). Empty for
 * fewer than two snapshots, which make no path.
 */
export function historyTrail(history: Array<{ adoption: number }>): string {
  if (history.length < 2) return '';
  const at = (t: number, adoption = adoptionAt(t)) =>
    `${toX(t).toFixed(1)},${toY(adoption).toFixed(1)}`;
  const points = [at(timeOfAdoption(history[0].adoption), history[0].adoption)];
  let from = timeOfAdoption(history[0].adoption);
  for (const { adoption } of history.slice(1)) {
    const to = timeOfAdoption(adoption);
    const steps = Math.ceil(Math.abs(to - from) * TRAIL_SAMPLES);
    for (let step = 1; step < steps; step++) {
      points.push(at(from + ((to - from) * step) / steps));
    }
    // A day at the same adoption adds no point.
    if (to !== from) points.push(at(to, adoption));
    from = to;
  }
  return points.join(' ');
}

/**
 * Rogers' S-curve of adoption drawn in plain SVG: the five adopter segments,
 * the scope's stored snapshots joined as a trail, and a marker at its
 * current adoption; the same figures follow in tables kept out of sight,
 * for screen readers.
 *
 * @public
 */
export function SCurveChart(props: SCurveChartProps) {
  const theme = useTheme();
  const { adoption, history = [] } = props;
  const description = describeAdoptionPosition(props);
  const current = pointAt(adoption);
  const trail = historyTrail(history);
  const bandColors = [
    theme.palette.action.hover,
    theme.palette.action.selected,
  ];

  return (
    <>
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        width="100%"
        style={{ maxHeight: 320, fontFamily: theme.typography.fontFamily }}
      >
        <title>{description}</title>
        {ADOPTER_SEGMENTS.map((segment, index) => {
          const left = toX(timeOfAdoption(segment.from));
          const right = toX(timeOfAdoption(segment.to));
          const middle = (left + right) / 2;
          return (
            <g
              key={segment.category}
              data-testid={`segment-${segment.category}`}
            >
              <rect
                x={left}
                y={MARGIN.top}
                width={right - left}
                height={PLOT_HEIGHT}
                fill={bandColors[index % 2]}
              />
              <text
                x={middle}
                y={MARGIN.top + PLOT_HEIGHT + 18}
                textAnchor="middle"
                fontSize={10}
                fill={theme.palette.text.primary}
              >
                {ADOPTER_CATEGORY_LABELS[segment.category]}
              </text>
              <text
                x={middle}
                y={MARGIN.top + PLOT_HEIGHT + 31}
                textAnchor="middle"
                fontSize={10}
                fill={theme.palette.text.secondary}
              >
                {formatPercent(segment.share)}
              </text>
            </g>
          );
        })}

        {[0, 0.5, 1].map(tick => (
          <text
            key={tick}
            x={MARGIN.left - 6}
            y={toY(tick) + 3}
            textAnchor="end"
            fontSize={10}
            fill={theme.palette.text.secondary}
          >
            {formatPercent(tick)}
          </text>
        ))}
        <text
          x={MARGIN.left + PLOT_WIDTH}
          y={VIEW_HEIGHT - 4}
          textAnchor="end"
          fontSize={10}
          fill={theme.palette.text.secondary}
        >
          time →
        </text>

        <polyline
          points={CURVE_POINTS}
          fill="none"
          stroke={theme.palette.text.secondary}
          strokeWidth={2}
        />

        {trail && (
          <polyline
            data-testid="history-trail"
            points={trail}
            fill="none"
            stroke={theme.palette.info.main}
            strokeWidth={2.5}
            strokeLinejoin="round"
            opacity={0.8}
          />
        )}
        {history.map(point => {
          const { x, y } = pointAt(point.adoption);
          return (
            <circle
              key={point.date}
              data-testid="history-point"
              cx={x}
              cy={y}
              r={3}
              fill={theme.palette.info.main}
              opacity={0.7}
            >
              <title>{`${isoDay(point.date)}: ${formatPercent(
                point.adoption,
              )} adoption`}</title>
            </circle>
          );
        })}

        <line
          x1={current.x}
          x2={current.x}
          y1={MARGIN.top}
          y2={MARGIN.top + PLOT_HEIGHT}
          stroke={theme.palette.secondary.main}
          strokeDasharray="4 3"
        />
        <circle
          data-testid="current-position"
          cx={current.x}
          cy={current.y}
          r={6}
          fill={theme.palette.secondary.main}
          stroke={theme.palette.background.paper}
          strokeWidth={2}
        />
        <text
          x={current.x + (adoption > 0.8 ? -8 : 8)}
          y={Math.max(current.y - 8, MARGIN.top + 10)}
          textAnchor={adoption > 0.8 ? 'end' : 'start'}
          fontSize={11}
          fontWeight="bold"
          fill={theme.palette.text.primary}
        >
          {`Now: ${formatPercent(adoption)}`}
        </text>
      </svg>
      <SCurveFigures
        scopeLabel={props.scopeLabel}
        adoption={adoption}
        adopterCategory={props.adopterCategory}
        history={history}
      />
    </>
  );
}
