import type {} from 'fastify';
import type { Actor } from '../auth/actor.js';
import type { Lang } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth guard for every route that is not public. */
    actor: Actor | null;
    /** The signed-in session, when the request came with the session cookie. */
    session: { hash: string; csrfToken: string } | null;
    lang: Lang;
  }
}

/** For handlers behind a non-public policy: the guard has already rejected anonymous callers. */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new Error('route without an authenticated actor: check its policy');
  return request.actor;
}
