import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who is asking; every read is on behalf of a caller.
 */
export interface PortfolioRequestOptions {
  /** The caller's credentials; answers name only what the caller may read. */
  credentials: BackstageCredentials;
}
