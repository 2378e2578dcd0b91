import type { HttpAuthService } from '@backstage/backend-plugin-api';

/** Any request the router answers, whatever its route's parameters. */
export type CallerRequest = Parameters<HttpAuthService['credentials']>[0];
