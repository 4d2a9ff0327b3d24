import { z } from 'zod';
import { ApiToken, ApiTokenCreate, ApiTokenCreated, ErrorBody, Id, Page, PageQuery, RegionCode, User, UserCreate, UserUpdate } from '@shouwang/contracts';
import { actorOf } from '../http/request-context.js';
import type { ZodApp } from '../http/zod-app.js';
import type { AccountsService } from './accounts.service.js';
import { signedIn } from './policy.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const IdParams = z.object({ id: Id }).strict();
const UserQuery = PageQuery.extend({ regionCode: RegionCode.optional(), q: z.string().max(50).optional() }).strict();

export function accountsRoutes(service: AccountsService) {
  return (app: ZodApp) => {
    app.get('/api/users', { config: { policy: signedIn('user.read') }, schema: { operationId: 'listUsers', tags: ['accounts'], querystring: UserQuery, response: { 200: Page(User), ...errors } } }, async (request) =>
      service.listUsers(actorOf(request), request.query),
    );
    app.get('/api/users/:id', { config: { policy: signedIn('user.read') }, schema: { operationId: 'getUser', tags: ['accounts'], params: IdParams, response: { 200: User, ...errors } } }, async (request) =>
      service.getUser(actorOf(request), request.params.id),
    );
    app.post('/api/users', { config: { policy: signedIn('user.manage') }, schema: { operationId: 'createUser', tags: ['accounts'], body: UserCreate, response: { 201: User, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.createUser(actorOf(request), request.body)),
    );
    app.patch('/api/users/:id', { config: { policy: signedIn('user.manage') }, schema: { operationId: 'updateUser', tags: ['accounts'], params: IdParams, body: UserUpdate, response: { 200: User, ...errors } } }, async (request) =>
      service.updateUser(actorOf(request), request.params.id, request.body),
    );
    app.get('/api/api-tokens', { config: { policy: signedIn('token.manage') }, schema: { operationId: 'listApiTokens', tags: ['accounts'], response: { 200: z.object({ items: z.array(ApiToken) }), ...errors } } }, async (request) =>
      service.listTokens(actorOf(request)),
    );
    app.post(
      '/api/api-tokens',
      { config: { policy: signedIn('token.manage') }, schema: { operationId: 'createApiToken', tags: ['accounts'], summary: 'Create a scoped API token for a machine; the secret is shown once', body: ApiTokenCreate, response: { 201: ApiTokenCreated, ...errors } } },
      async (request, reply) => reply.code(201).send(await service.createToken(actorOf(request), request.body)),
    );
    app.post('/api/api-tokens/:id/revoke', { config: { policy: signedIn('token.manage') }, schema: { operationId: 'revokeApiToken', tags: ['accounts'], params: IdParams, response: { 200: ApiToken, ...errors } } }, async (request) =>
      service.revokeToken(actorOf(request), request.params.id),
    );
  };
}
