/*
 * Route timings of the scale benchmark: p50/p99 of one route for the guest
 * user, sequentially and with 50 concurrent clients, and its largest answer.
 */
import { api } from './benchRuns';
import { ScaleRoute, unreadableNamed } from './routes';
import type { ScaleBackend } from './scaleBackend';

const SEQUENTIAL_REQUESTS = 200;
const CONCURRENT_CLIENTS = 50;
const CONCURRENT_REQUESTS_PER_CLIENT = 10;

/**
 * The value at rank `p` (0–1) of `values`, by nearest rank: a value that
 * was measured, never one interpolated between two.
 */
export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** One route's timings and largest answer. */
export interface RouteResult {
  name: string;
  status: number;
  maxBytes: number;
  sequential: { p50: number; p99: number };
  concurrent: { p50: number; p99: number };
}

/**
 * Times one route as `token`'s user, sequentially and with concurrent
 * clients, after checking that it names nothing the user may not read.
 */
export async function timeRoute(
  backend: ScaleBackend,
  token: string,
  route: ScaleRoute,
  restricted: Set<string>,
): Promise<RouteResult> {
  const once = async () => {
    const started = performance.now();
    const res = await api(backend, token, route.path);
    if (res.status !== 200) {
      throw new Error(
        `${route.path} answered ${res.status}: ${res.text.slice(0, 300)}`,
      );
    }
    return { ms: performance.now() - started, bytes: res.bytes };
  };
  const first = await api(backend, token, route.path);
  const named = unreadableNamed(first.text, restricted);
  if (named.length) {
    throw new Error(
      `${route.path} names entities the user may not read: ${named}`,
    );
  }
  // Warm up, with as many connections as the concurrent clients will use:
  // what is measured is steady traffic, not opening fifty sockets.
  for (let i = 0; i < 5; i++) await once();
  await Promise.all(Array.from({ length: CONCURRENT_CLIENTS }, once));
  const sequential: number[] = [];
  let maxBytes = 0;
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const { ms, bytes } = await once();
    sequential.push(ms);
    maxBytes = Math.max(maxBytes, bytes);
  }
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENT_CLIENTS }, async () => {
      for (let i = 0; i < CONCURRENT_REQUESTS_PER_CLIENT; i++) {
        concurrent.push((await once()).ms);
      }
    }),
  );
  return {
    name: route.name,
    status: 200,
    maxBytes,
    sequential: {
      p50: percentile(sequential, 0.5),
      p99: percentile(sequential, 0.99),
    },
    concurrent: {
      p50: percentile(concurrent, 0.5),
      p99: percentile(concurrent, 0.99),
    },
  };
}
