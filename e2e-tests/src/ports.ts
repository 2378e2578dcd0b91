/*
 * The TCP ports of every end-to-end suite, in one place. Suites run one
 * after the other under `yarn test:e2e`, but a developer often runs two
 * side by side, and a backend that did not stop in time keeps its port: two
 * suites on the same port then talk to each other's backend and fail in
 * ways that say nothing about the product. `ports.test.ts` checks that no
 * two suites share a port and that no suite writes a port of its own.
 */

/**
 * Every suite's ports, by suite and by what listens on them. A suite with
 * more than one backend (replicas, a restart, one engine after another) has
 * one port for each, so that a backend still stopping never answers the
 * next one's requests.
 */
export const E2E_PORTS = {
  backendSmoke: { backend: 7107 },
  portfolio: { backend: 7108 },
  browser: { backend: 7109 },
  replicas: { first: 7111, second: 7112 },
  scale: { backend: 7121 },
  production: { backend: 7131 },
  faults: {
    backend: 7141,
    catalogFaultBackend: 7142,
    /** The private PostgreSQL server the first backend stores everything in. */
    postgres: 5491,
    /** The private PostgreSQL server of the catalog only. */
    catalogPostgres: 5492,
  },
  crash: { backend: 7151, restarted: 7152 },
  hostile: { backend: 7155 },
  fuzz: { backend: 7161 },
  scaffolder: { backend: 7171 },
  scaffolderPortal: { backend: 7172 },
  historyPruning: { sqlite: 7175, postgres: 7176 },
  search: { backend: 7181 },
  insightBrowser: { backend: 7191 },
  actions: { backend: 7201 },
  notifications: { backend: 7211 },
  searchRestart: { first: 7231, restarted: 7232 },
  accessibility: { backend: 7241 },
  leaks: { backend: 7251 },
  contracts: { backend: 7261 },
  contractsBrowser: { backend: 7262 },
  liveChanges: { backend: 7271 },
  /**
   * `yarn bench:scale`: not a test suite, but it starts backends too: the
   * measured one, the same restarted with the plugin's default cadence, and
   * one without the data-mesh backend plugin, for the idle baseline.
   */
  scaleBenchmark: { backend: 7301, restarted: 7302, baseline: 7303 },
  /**
   * The portal made with `@backstage/create-app`: its own configuration
   * listens on Backstage's default ports, so these say which ports it
   * takes rather than choose them.
   */
  adopter: { backend: 7007, frontend: 3000 },
} as const;

/** The name of a suite in {@link E2E_PORTS}. */
export type E2ESuite = keyof typeof E2E_PORTS;

/** One port of one suite, for listing and checking them all. */
export interface PortAssignment {
  suite: E2ESuite;
  /** What listens on the port, e.g. `backend` or `restarted`. */
  role: string;
  port: number;
}

/** Every port of every suite, in the order of {@link E2E_PORTS}. */
export function portAssignments(): PortAssignment[] {
  return (Object.keys(E2E_PORTS) as E2ESuite[]).flatMap(suite =>
    Object.entries(E2E_PORTS[suite]).map(([role, port]) => ({
      suite,
      role,
      port: port as number,
    })),
  );
}
