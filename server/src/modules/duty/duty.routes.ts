import { z } from 'zod';
import {
  CommandBody,
  CommandBodyCreate,
  CommandBodyListQuery,
  CommandBodyUpdate,
  CommandMemberInput,
  CommandMemberUpdate,
  DutyNow,
  DutyNowQuery,
  DutyShift,
  DutyShiftCreate,
  DutyShiftListQuery,
  DutyShiftUpdate,
  ErrorBody,
  Id,
  Page,
  ShiftHandoverCreate,
} from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { CommandBodiesService } from './command-bodies.service.js';
import type { RosterService } from './roster.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const ByMember = z.object({ id: Id, memberId: Id }).strict();
const read = { policy: signedIn('duty.read') };
const manage = { policy: signedIn('duty.manage') };
const tags = ['duty'];

export function dutyRoutes(s: { bodies: CommandBodiesService; roster: RosterService }) {
  const { bodies, roster } = s;
  return (app: ZodApp) => {
    app.get('/api/duty/command-bodies', { config: read, schema: { operationId: 'listCommandBodies', tags, summary: 'Command bodies (应急指挥部/安委会/减灾委/专项指挥部) in the caller’s subtree, with member units and duty lists', querystring: CommandBodyListQuery, response: { 200: Page(CommandBody), ...errors } } }, async (r) => bodies.list(actorOf(r), r.query));
    app.get('/api/duty/command-bodies/:id', { config: read, schema: { operationId: 'getCommandBody', tags, params: ById, response: { 200: CommandBody, ...errors } } }, async (r) => bodies.get(actorOf(r), r.params.id));
    app.post('/api/duty/command-bodies', { config: manage, schema: { operationId: 'createCommandBody', tags, summary: 'Creates a command body; member units must lie in its region subtree', body: CommandBodyCreate, response: { 201: CommandBody, ...errors } } }, async (r, reply) => reply.code(201).send(await bodies.create(actorOf(r), r.body)));
    app.patch('/api/duty/command-bodies/:id', { config: manage, schema: { operationId: 'updateCommandBody', tags, params: ById, body: CommandBodyUpdate, response: { 200: CommandBody, ...errors } } }, async (r) => bodies.update(actorOf(r), r.params.id, r.body));
    app.post('/api/duty/command-bodies/:id/members', { config: manage, schema: { operationId: 'addCommandMember', tags, summary: 'Adds a member unit with its duty list (职责清单)', params: ById, body: CommandMemberInput, response: { 201: CommandBody, ...errors } } }, async (r, reply) => reply.code(201).send(await bodies.addMember(actorOf(r), r.params.id, r.body)));
    app.patch('/api/duty/command-bodies/:id/members/:memberId', { config: manage, schema: { operationId: 'updateCommandMember', tags, params: ByMember, body: CommandMemberUpdate, response: { 200: CommandBody, ...errors } } }, async (r) => bodies.updateMember(actorOf(r), r.params.id, r.params.memberId, r.body));
    app.delete('/api/duty/command-bodies/:id/members/:memberId', { config: manage, schema: { operationId: 'removeCommandMember', tags, params: ByMember, response: { 200: CommandBody, ...errors } } }, async (r) => bodies.removeMember(actorOf(r), r.params.id, r.params.memberId));

    app.get('/api/duty/now', { config: read, schema: { operationId: 'dutyNow', tags, summary: 'Who is on duty now in a region; falls back to the nearest ancestor region with someone on duty', querystring: DutyNowQuery, response: { 200: DutyNow, ...errors } } }, async (r) => roster.now(actorOf(r), r.query.regionCode));
    app.get('/api/duty/shifts', { config: read, schema: { operationId: 'listDutyShifts', tags, summary: 'The duty roster in the caller’s subtree, in time order', querystring: DutyShiftListQuery, response: { 200: Page(DutyShift), ...errors } } }, async (r) => roster.list(actorOf(r), r.query));
    app.get('/api/duty/shifts/:id', { config: read, schema: { operationId: 'getDutyShift', tags, params: ById, response: { 200: DutyShift, ...errors } } }, async (r) => roster.get(actorOf(r), r.params.id));
    app.post('/api/duty/shifts', { config: manage, schema: { operationId: 'createDutyShift', tags, summary: 'Rosters a shift (带班领导 + 值班员); shifts of a region never overlap (DUTY_SHIFT_OVERLAP)', body: DutyShiftCreate, response: { 201: DutyShift, ...errors } } }, async (r, reply) => reply.code(201).send(await roster.create(actorOf(r), r.body)));
    app.patch('/api/duty/shifts/:id', { config: manage, schema: { operationId: 'updateDutyShift', tags, summary: 'Changes a shift not yet handed over', params: ById, body: DutyShiftUpdate, response: { 200: DutyShift, ...errors } } }, async (r) => roster.update(actorOf(r), r.params.id, r.body));
    app.delete('/api/duty/shifts/:id', { config: manage, schema: { operationId: 'removeDutyShift', tags, summary: 'Removes a shift that has not started', params: ById, response: { 200: DutyShift, ...errors } } }, async (r) => roster.remove(actorOf(r), r.params.id));
    app.post('/api/duty/shifts/:id/handover', { config: manage, schema: { operationId: 'handOverDutyShift', tags, summary: 'Hands a started shift over to the next with a written log (once; on the ledger)', params: ById, body: ShiftHandoverCreate, response: { 200: DutyShift, ...errors } } }, async (r) => roster.handover(actorOf(r), r.params.id, r.body));
  };
}
