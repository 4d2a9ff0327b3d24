import { z } from 'zod';
import {
  ErrorBody,
  Expert,
  ExpertCreate,
  ExpertListQuery,
  ExpertUpdate,
  Facility,
  FacilityCreate,
  FacilityListQuery,
  FacilityUpdate,
  FeatureCollection,
  FeaturesQuery,
  Id,
  NearestQuery,
  NearestResult,
  OccupancyChange,
  Page,
  PageQuery,
  StrengthQuery,
  StrengthReport,
  Team,
  TeamCreate,
  TeamDetail,
  TeamListQuery,
  TeamMember,
  TeamMemberCreate,
  TeamMemberUpdate,
  TeamStatusChange,
  TeamUpdate,
} from '@shouwang/contracts';
import { signedIn, userOrToken } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { ExpertsService } from './experts.service.js';
import type { FacilitiesService } from './facilities.service.js';
import type { ResourceLocator } from './locator.js';
import type { TeamsService } from './teams.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('resource.read') };
const manage = { policy: signedIn('resource.manage') };
const tags = ['resources'];
/**
 * Hot map and dispatch reads: the handler builds the reply from typed index entries, so re-validating
 * thousands of features with zod on the way out only costs time (measured in bench/geo-http).
 */
const trustedJson = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };

export function registryRoutes(s: { teams: TeamsService; experts: ExpertsService; facilities: FacilitiesService; locator: ResourceLocator }) {
  const { teams, experts, facilities, locator } = s;
  return (app: ZodApp) => {
    app.get('/api/resources/teams', { config: read, schema: { operationId: 'listTeams', tags, summary: 'Rescue teams in the caller’s region subtree', querystring: TeamListQuery, response: { 200: Page(Team), ...errors } } }, async (r) => teams.list(actorOf(r), r.query));
    app.get('/api/resources/teams/strength', { config: read, schema: { operationId: 'teamStrength', tags, summary: 'Minimum-strength check (Ordos measures): understrength teams and regions without a team', querystring: StrengthQuery, response: { 200: StrengthReport, ...errors } } }, async (r) => teams.strength(actorOf(r), r.query.regionCode));
    app.get('/api/resources/teams/:id', { config: read, schema: { operationId: 'getTeam', tags, summary: 'A team with its roster and readiness history', params: ById, response: { 200: TeamDetail, ...errors } } }, async (r) => teams.get(actorOf(r), r.params.id));
    app.post('/api/resources/teams', { config: manage, schema: { operationId: 'createTeam', tags, body: TeamCreate, response: { 201: Team, ...errors } } }, async (r, reply) => reply.code(201).send(await teams.create(actorOf(r), r.body)));
    app.patch('/api/resources/teams/:id', { config: manage, schema: { operationId: 'updateTeam', tags, params: ById, body: TeamUpdate, response: { 200: Team, ...errors } } }, async (r) => teams.update(actorOf(r), r.params.id, r.body));
    app.post('/api/resources/teams/:id/status', { config: manage, schema: { operationId: 'setTeamStatus', tags, summary: 'Readiness: 待命/出动/休整/撤编', params: ById, body: TeamStatusChange, response: { 200: Team, ...errors } } }, async (r) => teams.setStatus(actorOf(r), r.params.id, r.body));
    app.post('/api/resources/teams/:id/members', { config: manage, schema: { operationId: 'addTeamMember', tags, params: ById, body: TeamMemberCreate, response: { 201: TeamMember, ...errors } } }, async (r, reply) => reply.code(201).send(await teams.addMember(actorOf(r), r.params.id, r.body)));
    app.get('/api/resources/members', { config: read, schema: { operationId: 'listTeamMembers', tags, querystring: PageQuery.extend({ teamId: Id.optional(), regionCode: z.string().regex(/^\d{12}$/).optional() }).strict(), response: { 200: Page(TeamMember), ...errors } } }, async (r) => teams.listMembers(actorOf(r), r.query));
    app.patch('/api/resources/members/:id', { config: manage, schema: { operationId: 'updateTeamMember', tags, params: ById, body: TeamMemberUpdate, response: { 200: TeamMember, ...errors } } }, async (r) => teams.updateMember(actorOf(r), r.params.id, r.body));

    app.get('/api/resources/experts', { config: read, schema: { operationId: 'listExperts', tags, querystring: ExpertListQuery, response: { 200: Page(Expert), ...errors } } }, async (r) => experts.list(actorOf(r), r.query));
    app.get('/api/resources/experts/:id', { config: read, schema: { operationId: 'getExpert', tags, params: ById, response: { 200: Expert, ...errors } } }, async (r) => experts.get(actorOf(r), r.params.id));
    app.post('/api/resources/experts', { config: manage, schema: { operationId: 'createExpert', tags, body: ExpertCreate, response: { 201: Expert, ...errors } } }, async (r, reply) => reply.code(201).send(await experts.create(actorOf(r), r.body)));
    app.patch('/api/resources/experts/:id', { config: manage, schema: { operationId: 'updateExpert', tags, params: ById, body: ExpertUpdate, response: { 200: Expert, ...errors } } }, async (r) => experts.update(actorOf(r), r.params.id, r.body));

    app.get('/api/resources/facilities', { config: read, schema: { operationId: 'listFacilities', tags, summary: 'Shelters, helipads, water sources, fire stations and rescue bases', querystring: FacilityListQuery, response: { 200: Page(Facility), ...errors } } }, async (r) => facilities.list(actorOf(r), r.query));
    app.get('/api/resources/facilities/:id', { config: read, schema: { operationId: 'getFacility', tags, params: ById, response: { 200: Facility, ...errors } } }, async (r) => facilities.get(actorOf(r), r.params.id));
    app.post('/api/resources/facilities', { config: manage, schema: { operationId: 'createFacility', tags, body: FacilityCreate, response: { 201: Facility, ...errors } } }, async (r, reply) => reply.code(201).send(await facilities.create(actorOf(r), r.body)));
    app.patch('/api/resources/facilities/:id', { config: manage, schema: { operationId: 'updateFacility', tags, params: ById, body: FacilityUpdate, response: { 200: Facility, ...errors } } }, async (r) => facilities.update(actorOf(r), r.params.id, r.body));
    app.post('/api/resources/facilities/:id/occupancy', { config: manage, schema: { operationId: 'setShelterOccupancy', tags, summary: 'People currently sheltered', params: ById, body: OccupancyChange, response: { 200: Facility, ...errors } } }, async (r) => facilities.setOccupancy(actorOf(r), r.params.id, r.body.occupancy));

    app.get(
      '/api/resources/nearest',
      { ...trustedJson, config: { policy: userOrToken('resource.read', 'read') }, schema: { operationId: 'nearestResources', tags, summary: 'The n nearest teams / warehouses holding a supply / shelters with room, by great-circle distance, with a straight-line ETA', querystring: NearestQuery, response: { 200: NearestResult, ...errors } } },
      async (r) => ({ items: await locator.nearest(actorOf(r), r.query) }),
    );
    app.get('/api/resources/features', { ...trustedJson, config: read, schema: { operationId: 'resourceFeatures', tags, summary: 'Map layer points in a viewport (GeoJSON); grid clusters when more than `limit` match', querystring: FeaturesQuery, response: { 200: FeatureCollection, ...errors } } }, async (r) => locator.features(actorOf(r), r.query));
  };
}
