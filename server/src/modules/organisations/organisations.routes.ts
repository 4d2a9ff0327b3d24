import { z } from 'zod';
import { ErrorBody, Id, OrgKind, OrgUnit, OrgUnitCreate, OrgUnitUpdate, Page, PageQuery, RegionCode } from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { OrganisationsService } from './organisations.service.js';

const ListQuery = PageQuery.extend({ regionCode: RegionCode.optional(), kind: OrgKind.optional(), q: z.string().max(50).optional() }).strict();
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function organisationsRoutes(service: OrganisationsService) {
  return (app: ZodApp) => {
    app.get(
      '/api/org-units',
      {
        config: { policy: signedIn('org.read') },
        schema: { operationId: 'listOrgUnits', tags: ['organisations'], summary: 'Organisation units in the caller’s region subtree', querystring: ListQuery, response: { 200: Page(OrgUnit), ...errors } },
      },
      async (request) => service.list(actorOf(request), request.query),
    );
    app.get(
      '/api/org-units/:id',
      {
        config: { policy: signedIn('org.read') },
        schema: { operationId: 'getOrgUnit', tags: ['organisations'], params: z.object({ id: Id }).strict(), response: { 200: OrgUnit, ...errors } },
      },
      async (request) => service.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/org-units',
      {
        config: { policy: signedIn('org.manage') },
        schema: { operationId: 'createOrgUnit', tags: ['organisations'], body: OrgUnitCreate, response: { 201: OrgUnit, ...errors } },
      },
      async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)),
    );
    app.patch(
      '/api/org-units/:id',
      {
        config: { policy: signedIn('org.manage') },
        schema: { operationId: 'updateOrgUnit', tags: ['organisations'], params: z.object({ id: Id }).strict(), body: OrgUnitUpdate, response: { 200: OrgUnit, ...errors } },
      },
      async (request) => service.update(actorOf(request), request.params.id, request.body),
    );
  };
}
