import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ErrorBody, LoginRequest, MeResponse, Ok, Role } from '@shouwang/contracts';
import type { DataLayer } from '../db/data-layer.js';
import { authError } from '../http/common-errors.js';
import { actorOf } from '../http/request-context.js';
import type { ZodApp } from '../http/zod-app.js';
import type { AuthService } from './auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './guard.js';
import { identityRepository } from './identity.repository.js';
import { PUBLIC, signedIn } from './policy.js';

export function authRoutes(deps: { auth: AuthService; data: DataLayer; cookieSecure: boolean; sessionTtlHours: number }) {
  const { auth } = deps;
  const setCookies = (reply: FastifyReply, token: string, csrf: string) => {
    const maxAge = deps.sessionTtlHours * 3600;
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure, maxAge });
    reply.setCookie(CSRF_COOKIE, csrf, { path: '/', httpOnly: false, sameSite: 'strict', secure: deps.cookieSecure, maxAge });
  };

  return (app: ZodApp) => {
    app.post(
      '/api/auth/login',
      {
        config: { policy: PUBLIC, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          operationId: 'login',
          tags: ['auth'],
          summary: 'Sign in with username and password; sets the session and CSRF cookies',
          body: LoginRequest,
          response: { 200: MeResponse, 400: ErrorBody, 401: ErrorBody, 423: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { username, password } = request.body;
        const result = await auth.login(username, password, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
        setCookies(reply, result.token, result.csrfToken);
        return result.me;
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { policy: signedIn() },
        schema: { operationId: 'logout', tags: ['auth'], summary: 'End the current session', response: { 200: Ok, 401: ErrorBody, 403: ErrorBody } },
      },
      async (request, reply) => {
        if (request.session) await auth.logout(request.session.hash);
        reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { policy: signedIn() },
        schema: { operationId: 'me', tags: ['auth'], summary: 'The signed-in user, roles, permissions and CSRF token', response: { 200: MeResponse, 401: ErrorBody } },
      },
      async (request) => {
        if (!request.session) throw authError('AUTH_USER_ONLY');
        return auth.me(actorOf(request), request.session.csrfToken);
      },
    );

    app.get(
      '/api/roles',
      {
        config: { policy: signedIn('user.read') },
        schema: { operationId: 'listRoles', tags: ['accounts'], summary: 'Roles and their permissions', response: { 200: z.object({ items: z.array(Role) }), 401: ErrorBody, 403: ErrorBody } },
      },
      async () => {
        const roles = await identityRepository.listRoles(deps.data.system);
        return { items: roles.map((r) => ({ key: r.key, name: r.name, nameEn: r.name_en, permissions: r.permissions as Role['permissions'], builtIn: r.built_in })) };
      },
    );
  };
}
