import { z } from 'zod';
import { Dispatch, DispatchStatusChange, ErrorBody, Id, IncidentDispatches, NearbyQuery, NearbyResult, SupplyDispatchCreate, TeamDispatchCreate } from '@shouwang/contracts';
import { signedIn } from '../../../foundation/auth/policy.js';
import { actorOf } from '../../../foundation/http/request-context.js';
import type { ZodApp } from '../../../foundation/http/zod-app.js';
import type { DispatchService } from './dispatch.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const ByDispatch = z.object({ id: Id, dispatchId: Id }).strict();
const read = { policy: signedIn('incident.read') };
const command = { policy: signedIn('incident.command') };
const tags = ['incidents'];

export function dispatchRoutes(dispatch: DispatchService) {
  return (app: ZodApp) => {
    app.get(
      '/api/incidents/:id/nearby',
      { config: read, schema: { operationId: 'incidentNearby', tags, summary: 'The nearest available teams, warehouses holding a supply, or shelters with room, from the incident’s location, each with distance, ETA and whether already dispatched to it', params: ById, querystring: NearbyQuery, response: { 200: NearbyResult, ...errors } } },
      async (r) => dispatch.nearby(actorOf(r), r.params.id, r.query),
    );
    app.get('/api/incidents/:id/dispatches', { config: read, schema: { operationId: 'listIncidentDispatches', tags, summary: 'Teams and supplies dispatched to the incident, with every step’s time', params: ById, response: { 200: IncidentDispatches, ...errors } } }, async (r) =>
      dispatch.list(actorOf(r), r.params.id),
    );
    app.post(
      '/api/incidents/:id/dispatches',
      { config: command, schema: { operationId: 'dispatchTeam', tags, summary: 'Dispatches a team on standby (待命 → 出动) to the incident; 409 TEAM_NOT_AVAILABLE otherwise', params: ById, body: TeamDispatchCreate, response: { 201: Dispatch, ...errors } } },
      async (r, reply) => reply.code(201).send(await dispatch.dispatchTeam(actorOf(r), r.params.id, r.body)),
    );
    app.post(
      '/api/incidents/:id/dispatches/:dispatchId/status',
      { config: command, schema: { operationId: 'changeDispatchStatus', tags, summary: 'Moves a dispatch on: team 出发 → 到达 → 返回 (or 取消 before arrival; returning frees the team), supplies 到达', params: ByDispatch, body: DispatchStatusChange, response: { 200: Dispatch, ...errors } } },
      async (r) => dispatch.changeStatus(actorOf(r), r.params.id, r.params.dispatchId, r.body),
    );
    app.post(
      '/api/incidents/:id/supplies',
      { config: command, schema: { operationId: 'dispatchSupplies', tags, summary: 'Sends supplies from a warehouse to the incident through the stock ledger (FEFO, movement dispatch_out referencing the incident); 409 STOCK_INSUFFICIENT with the available quantity', params: ById, body: SupplyDispatchCreate, response: { 201: Dispatch, ...errors } } },
      async (r, reply) => reply.code(201).send(await dispatch.dispatchSupply(actorOf(r), r.params.id, r.body)),
    );
  };
}
