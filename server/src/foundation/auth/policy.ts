import type {} from 'fastify';
import type { Permission, TokenScope } from '@shouwang/contracts';

/**
 * What a route requires. Declared on every route (`config.policy`); the server refuses to start
 * with a route that has none.
 * - public: anyone, no session needed
 * - user: a signed-in person (session cookie), optionally holding a permission
 * - machine: a signed-in person with `permission`, or an API token with `tokenScope`
 */
export type RoutePolicy =
  | { auth: 'public' }
  | { auth: 'user'; permission?: Permission }
  | { auth: 'machine'; permission: Permission; tokenScope: TokenScope };

export const PUBLIC: RoutePolicy = { auth: 'public' };
export const signedIn = (permission?: Permission): RoutePolicy => (permission ? { auth: 'user', permission } : { auth: 'user' });
export const userOrToken = (permission: Permission, tokenScope: TokenScope): RoutePolicy => ({ auth: 'machine', permission, tokenScope });

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}
