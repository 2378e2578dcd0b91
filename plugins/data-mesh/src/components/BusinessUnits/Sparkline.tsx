import { useTheme } from '@material-ui/core/styles';
import type { AdoptionPoint } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dayOf } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useId } from 'react';
import { formatPercent } from '../shared/presentation';
import { visuallyHidden } from '../shared/visuallyHidden';

/** The drawing area of a sparkline, in SVG units. */
export interface SparklineBox {
  width: number;
  height: number;
  /** Space kept free on every side, so the line's ends are not clipped. */
  padding: number;
}

const DEFAULT_BOX: SparklineBox = { width: 120, height: 28, padding: 2 };

/**
 * The polyline points of an adoption history: x by date (so gaps in the
 * history show as gaps in time, not as steps), y by adoption on a fixed
 * 0–100 % scale (so units' lines can be compared row by row). Points are
 * taken oldest first; unreadable dates are left out. One point is drawn
 * in the middle.
 */
export function sparklinePoints(
  history: AdoptionPoint[],
  box: SparklineBox = DEFAULT_BOX,
): string {
  const points = history
    .map(p => ({ ms: Date.parse(p.date), adoption: p.adoption }))
    .filter(p => Number.isFinite(p.ms) && Number.isFinite(p.adoption))
    .sort((a, b) => a.ms - b.ms);
  if (points.length === 0) return '';
  const first = points[0].ms;
  const span = points[points.length - 1].ms - first;
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const round = (n: number) => Math.round(n * 10) / 10;
  return points
    .map(p => {
      const share = Math.min(1, Math.max(0, p.adoption));
      const x =
        box.padding + (span > 0 ? (p.ms - first) / span : 0.5) * innerWidth;
      const y = box.padding + (1 - share) * innerHeight;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/**
 * Describes a history in words, for the sparkline's accessible name. The
 * column heading says what is measured; the name says how it went (and
 * does not repeat "adoption", which names the S-curve chart on the same
 * page).
 */
export function describeSparkline(history: AdoptionPoint[]): string {
  if (history.length === 0) return 'No history yet';
  const first = history[0];
  const last = history[history.length - 1];
  return `From ${formatPercent(first.adoption)} on ${dayOf(
    first.date,
  )} to ${formatPercent(last.adoption)} on ${dayOf(last.date)}`;
}

/**
 * Every point of a history in words, oldest first, for the sparkline's
 * description: the figures the line draws, day by day.
 */
export function sparklineFigures(history: AdoptionPoint[]): string {
  if (history.length === 0) return 'No days recorded.';
  return `Adoption by day: ${history
    .map(point => `${dayOf(point.date)} ${formatPercent(point.adoption)}`)
    .join(', ')}.`;
}

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  /** Adoption over time, oldest first. */
  history: AdoptionPoint[];
  box?: SparklineBox;
}

/**
 * A small line of adoption over time in plain SVG, with its trend in
 * words as its name and every day's figure as its description, for
 * screen readers.
 */
export function Sparkline(props: SparklineProps) {
  const { history, box = DEFAULT_BOX } = props;
  const theme = useTheme();
  const label = describeSparkline(history);
  const points = sparklinePoints(history, box);
  const figuresId = useId();
  return (
    <>
      <svg
        role="img"
        aria-label={label}
        aria-describedby={figuresId}
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
      >
        <title>{label}</title>
        <line
          x1={box.padding}
          x2={box.width - box.padding}
          y1={box.height - box.padding}
          y2={box.height - box.padding}
          stroke={theme.palette.divider}
        />
        {points && (
          <polyline
            data-testid="sparkline"
            points={points}
            fill="none"
            stroke={theme.palette.primary.main}
            strokeWidth={1.5}
          />
        )}
        {/* A single point makes a polyline of no length: mark it instead. */}
        {points && !points.includes(' ') && (
          <circle
            cx={Number(points.split(',')[0])}
            cy={Number(points.split(',')[1])}
            r={2}
            fill={theme.palette.primary.main}
          />
        )}
      </svg>
      <span id={figuresId} style={visuallyHidden}>
        {sparklineFigures(history)}
      </span>
    </>
  );
}
