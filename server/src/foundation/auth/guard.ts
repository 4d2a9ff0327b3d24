import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { can } from './actor.js';
import type { AuthService } from './auth.service.js';
import type { RoutePolicy } from './policy.js';
import { authError } from '../http/common-errors.js';
import { pickLang } from '../http/errors.js';
import '../http/request-context.js';

export const SESSION_COOKIE = 'sw_session';
export const CSRF_COOKIE = 'csrf_token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The route policy guard: every route must declare `config.policy` (start-up fails otherwise),
 * and every request is authenticated and authorised against it before its handler runs.
 * Cookie-authenticated writes must echo the CSRF cookie in `x-csrf-token` and come from our origin.
 */
export function installAuthGuard(
  app: FastifyInstance,
  deps: { auth: AuthService; trustedOrigins: string[]; implicitPublic: (url: string) => boolean },
) {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('lang', 'zh');

  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    if (policy) return;
    // Routes added by vetted plugins (docs UI assets, static files) are declared public here, by name.
    if (deps.implicitPublic(route.url)) {
      route.config = { ...route.config, policy: { auth: 'public' } };
      return;
    }
    throw new Error(`route ${String(route.method)} ${route.url} declares no auth policy (config.policy)`);
  });

  app.addHook('onRequest', async (request) => {
    request.lang = pickLang(request.headers['accept-language']);
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // unmatched route: the not-found handler answers
    if (!SAFE_METHODS.has(request.method)) checkOrigin(request, deps.trustedOrigins);
    await authenticate(request, deps.auth);
    authorise(request, policy);
  });
}

async function authenticate(request: FastifyRequest, auth: AuthService) {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const actor = await auth.apiToken(header.slice(7).trim());
    if (!actor) throw authError('AUTH_TOKEN_INVALID');
    request.actor = actor;
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const s = await auth.session(token);
  if (!s) return;
  request.actor = s.actor;
  request.session = { hash: s.sessionHash, csrfToken: s.csrfToken };
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    const cookie = request.cookies[CSRF_COOKIE];
    if (typeof sent !== 'string' || !cookie || !auth.safeEqual(sent, cookie) || !auth.safeEqual(sent, s.csrfToken)) {
      throw authError('AUTH_CSRF');
    }
  }
}

function authorise(request: FastifyRequest, policy: RoutePolicy) {
  if (policy.auth === 'public') return;
  const actor = request.actor;
  if (!actor) throw authError('AUTH_REQUIRED');
  if (actor.kind === 'token') {
    if (policy.auth !== 'machine') throw authError('AUTH_USER_ONLY');
    if (!actor.tokenScopes.has(policy.tokenScope)) throw authError('AUTH_TOKEN_SCOPE');
    return;
  }
  if (policy.permission && !can(actor, policy.permission)) throw authError('AUTH_FORBIDDEN');
}

/** Browsers always send Origin on cross-site writes; a mismatch is refused even before auth. */
function checkOrigin(request: FastifyRequest, trusted: string[]) {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!origin) return; // not a browser (curl, sensors, other systems)
  const own = `${request.protocol}://${request.headers.host ?? ''}`;
  if (origin !== own && !trusted.includes(origin)) throw authError('AUTH_ORIGIN');
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}
