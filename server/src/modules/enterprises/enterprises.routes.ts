import { z } from 'zod';
import {
  Enterprise,
  EnterpriseCreate,
  EnterpriseDetail,
  EnterpriseListQuery,
  EnterpriseUpdate,
  ErrorBody,
  HazardAssessment,
  HazardAssessRequest,
  HazardReference,
  HazardSource,
  HazardSourceCreate,
  HazardSourceListQuery,
  HazardSourceUpdate,
  Id,
  Page,
} from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { EnterprisesService } from './enterprises.service.js';
import type { HazardSourcesService } from './hazard-sources.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('enterprise.read') };
const manage = { policy: signedIn('enterprise.manage') };
const tags = ['enterprises'];

export function enterprisesRoutes(s: { enterprises: EnterprisesService; hazardSources: HazardSourcesService }) {
  const { enterprises, hazardSources } = s;
  return (app: ZodApp) => {
    app.get('/api/enterprises', { config: read, schema: { operationId: 'listEnterprises', tags, summary: 'Enterprises (生产经营单位) in the caller’s region subtree', querystring: EnterpriseListQuery, response: { 200: Page(Enterprise), ...errors } } }, async (r) => enterprises.list(actorOf(r), r.query));
    app.get('/api/enterprises/:id', { config: read, schema: { operationId: 'getEnterprise', tags, summary: 'An enterprise with its hazard sources', params: ById, response: { 200: EnterpriseDetail, ...errors } } }, async (r) => enterprises.get(actorOf(r), r.params.id));
    app.post('/api/enterprises', { config: manage, schema: { operationId: 'createEnterprise', tags, summary: 'Registers an enterprise; the credit code’s check digit is verified (USCC_INVALID)', body: EnterpriseCreate, response: { 201: Enterprise, ...errors } } }, async (r, reply) => reply.code(201).send(await enterprises.create(actorOf(r), r.body)));
    app.patch('/api/enterprises/:id', { config: manage, schema: { operationId: 'updateEnterprise', tags, params: ById, body: EnterpriseUpdate, response: { 200: Enterprise, ...errors } } }, async (r) => enterprises.update(actorOf(r), r.params.id, r.body));
    app.post('/api/enterprises/:id/hazard-sources', { config: manage, schema: { operationId: 'createHazardSource', tags, summary: 'Adds a hazard source, identified and graded by GB 18218-2018', params: ById, body: HazardSourceCreate, response: { 201: HazardSource, ...errors } } }, async (r, reply) => reply.code(201).send(await hazardSources.create(actorOf(r), r.params.id, r.body)));

    app.get('/api/hazard-sources', { config: read, schema: { operationId: 'listHazardSources', tags, summary: 'Hazard sources in the caller’s region subtree', querystring: HazardSourceListQuery, response: { 200: Page(HazardSource), ...errors } } }, async (r) => hazardSources.list(actorOf(r), r.query));
    app.get('/api/hazard-sources/reference', { config: read, schema: { operationId: 'hazardReference', tags, summary: 'The GB 18218-2018 tables used for identification and grading', response: { 200: HazardReference, ...errors } } }, async (r) => hazardSources.reference(actorOf(r)));
    app.post('/api/hazard-sources/assess', { config: read, schema: { operationId: 'assessHazard', tags, summary: 'S, R and grade with the working for chemicals not yet saved; writes nothing', body: HazardAssessRequest, response: { 200: HazardAssessment, ...errors } } }, async (r) => hazardSources.assess(actorOf(r), r.body));
    app.get('/api/hazard-sources/:id', { config: read, schema: { operationId: 'getHazardSource', tags, params: ById, response: { 200: HazardSource, ...errors } } }, async (r) => hazardSources.get(actorOf(r), r.params.id));
    app.patch('/api/hazard-sources/:id', { config: manage, schema: { operationId: 'updateHazardSource', tags, summary: 'Changes a hazard source; S, R and the grade are recomputed in the same transaction', params: ById, body: HazardSourceUpdate, response: { 200: HazardSource, ...errors } } }, async (r) => hazardSources.update(actorOf(r), r.params.id, r.body));
  };
}
