/*
 * Geometry of Rogers' diffusion S-curve: cumulative adoption against time,
 * both on 0..1. The curve is a logistic function rescaled so that it runs
 * exactly from (0, 0) to (1, 1), which makes it invertible: given an
 * adoption share we can say where on the time axis a scope stands.
 */
import type { AdopterCategory } from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Steepness of the logistic; 10 gives the familiar S over the unit square. */
const STEEPNESS = 10;
const MIDPOINT = 0.5;

function logistic(t: number): number {
  return 1 / (1 + Math.exp(-STEEPNESS * (t - MIDPOINT)));
}

const LOGISTIC_AT_START = logistic(0);
const LOGISTIC_AT_END = logistic(1);
const LOGISTIC_RANGE = LOGISTIC_AT_END - LOGISTIC_AT_START;

function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Cumulative adoption (0..1) at time t (0..1). */
export function adoptionAt(t: number): number {
  return (logistic(clampUnit(t)) - LOGISTIC_AT_START) / LOGISTIC_RANGE;
}

/** The time (0..1) at which the curve reaches an adoption share (0..1). */
export function timeOfAdoption(adoption: number): number {
  const scaled = LOGISTIC_AT_START + clampUnit(adoption) * LOGISTIC_RANGE;
  return clampUnit(MIDPOINT - Math.log(1 / scaled - 1) / STEEPNESS);
}

/** One of Rogers' adopter segments, as a range of cumulative adoption. */
export interface AdopterSegment {
  category: AdopterCategory;
  /** The segment's share of all adopters, as Rogers gives it. */
  share: number;
  from: number;
  to: number;
}

/**
 * Rogers' five segments in order: innovators 2.5 %, early adopters 13.5 %,
 * early majority 34 %, late majority 34 %, laggards 16 %.
 */
export const ADOPTER_SEGMENTS: readonly AdopterSegment[] = [
  { category: 'innovators', share: 0.025, from: 0, to: 0.025 },
  { category: 'early-adopters', share: 0.135, from: 0.025, to: 0.16 },
  { category: 'early-majority', share: 0.34, from: 0.16, to: 0.5 },
  { category: 'late-majority', share: 0.34, from: 0.5, to: 0.84 },
  { category: 'laggards', share: 0.16, from: 0.84, to: 1 },
];

/**
 * Samples the curve as `[t, adoption]` pairs, for drawing it as a polyline.
 */
export function sampleCurve(samples = 64): Array<[number, number]> {
  return Array.from({ length: samples + 1 }, (_, index) => {
    const t = index / samples;
    return [t, adoptionAt(t)];
  });
}
