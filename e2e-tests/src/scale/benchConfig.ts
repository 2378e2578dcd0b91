/*
 * The scale benchmark's config over the scale backend's: what keeps other
 * work out of the timed windows, and the run's permission settings.
 */

/** The permission policy of a run (see bench.ts). */
export type Policy = 'restricted' | 'allow-all';

/** The benchmark's config over the scale backend's. */
export function benchConfig(
  policy: Policy,
  permissionCacheSeconds: number | undefined,
): Record<string, any> {
  return {
    ...(policy === 'allow-all'
      ? { portal: { permissions: { allowAll: true } } }
      : {}),
    // Search indexing is another plugin's work: it streams the whole
    // catalog every 10 minutes, which would land in the timed window at
    // random. Kept out of the run (it would start after a day).
    search: {
      collators: {
        catalog: {
          schedule: {
            frequency: { hours: 24 },
            timeout: { minutes: 15 },
            initialDelay: { hours: 24 },
          },
        },
      },
    },
    // After the first run at start-up, recomputes only when the benchmark
    // asks. (The scheduler ignores triggers during the initial delay.)
    dataMesh: {
      schedule: {
        frequency: { hours: 24 },
        initialDelay: { seconds: 1 },
        timeout: { minutes: 30 },
      },
      // The local config seeds example history for demonstrations; the
      // plugin's default, and production's, is none. On the day a
      // portal starts, every recompute would rewrite a year of points
      // per scope, which is not what an adopter's recompute costs.
      exampleHistory: false,
      // Searched once, when the benchmark asks, so that no search runs
      // while anything else is timed.
      complementary: {
        schedule: {
          frequency: { trigger: 'manual' },
          initialDelay: { seconds: 1 },
        },
      },
      ...(permissionCacheSeconds === undefined
        ? {}
        : {
            permissions: { cacheTtl: { seconds: permissionCacheSeconds } },
          }),
    },
  };
}
