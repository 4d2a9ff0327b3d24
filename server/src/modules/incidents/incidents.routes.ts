import { z } from 'zod';
import {
  ErrorBody,
  Id,
  Incident,
  IncidentCommandPostSet,
  IncidentCreate,
  IncidentDetail,
  IncidentEnd,
  IncidentGradeRequest,
  IncidentGrading,
  IncidentListQuery,
  IncidentLogEntry,
  IncidentLogQuery,
  IncidentOverdueList,
  IncidentOverdueQuery,
  IncidentPage,
  IncidentReport,
  IncidentReportCreate,
  IncidentTask,
  IncidentTaskCreate,
  IncidentTaskUpdate,
  IncidentTypeCatalogue,
  IncidentUpdate,
  Page,
  ReportRules,
  ReportRulesQuery,
  ReportRulesView,
  ResponseActivate,
  ResponseLevelChange,
  ResponseTerminate,
} from '@shouwang/contracts';
import { signedIn, userOrToken } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { IncidentsService } from './incidents.service.js';
import type { ReportRulesService } from './report-rules.js';
import type { ResponseService } from './response.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const ByTask = z.object({ id: Id, taskId: Id }).strict();
const read = { policy: signedIn('incident.read') };
const report = { policy: signedIn('incident.report') };
const command = { policy: signedIn('incident.command') };
const tags = ['incidents'];

export function incidentsRoutes(s: { incidents: IncidentsService; response: ResponseService; rules: ReportRulesService }) {
  const { incidents, response, rules } = s;
  return (app: ZodApp) => {
    app.get('/api/incidents', { config: read, schema: { operationId: 'listIncidents', tags, summary: 'Incidents in the caller’s subtree, open ones first, each with its most urgent report clock', querystring: IncidentListQuery, response: { 200: IncidentPage, ...errors } } }, async (r) => incidents.list(actorOf(r), r.query));
    app.get('/api/incidents/overdue', { config: read, schema: { operationId: 'overdueIncidentReports', tags, summary: 'Open incidents with a report past its deadline (and amber ones on request), most overdue first', querystring: IncidentOverdueQuery, response: { 200: IncidentOverdueList, ...errors } } }, async (r) => incidents.overdue(actorOf(r), r.query));
    app.get('/api/incidents/types', { config: read, schema: { operationId: 'incidentTypes', tags, summary: 'The four categories and their types, with the grading bounds and settings', response: { 200: IncidentTypeCatalogue, ...errors } } }, async (r) => incidents.types(actorOf(r)));
    app.post('/api/incidents/grade', { config: read, schema: { operationId: 'gradeIncident', tags, summary: 'The grade figures give an incident type, with the working; writes nothing', body: IncidentGradeRequest, response: { 200: IncidentGrading, ...errors } } }, async (r) => incidents.assess(actorOf(r), r.body));
    app.get('/api/incidents/report-rules', { config: read, schema: { operationId: 'getReportRules', tags, summary: 'The reporting deadlines that apply in a region (its own, inherited, or the defaults)', querystring: ReportRulesQuery, response: { 200: ReportRulesView, ...errors } } }, async (r) => rules.get(actorOf(r), r.query.regionCode));
    app.put('/api/incidents/report-rules', { config: { policy: signedIn('duty.manage') }, schema: { operationId: 'setReportRules', tags, summary: 'Sets a region’s own reporting deadlines; its subtree inherits them', querystring: ReportRulesQuery, body: ReportRules, response: { 200: ReportRulesView, ...errors } } }, async (r) => rules.put(actorOf(r), r.query.regionCode, r.body));
    app.delete('/api/incidents/report-rules', { config: { policy: signedIn('duty.manage') }, schema: { operationId: 'removeReportRules', tags, summary: 'Removes a region’s own deadlines; it inherits again', querystring: ReportRulesQuery, response: { 200: ReportRulesView, ...errors } } }, async (r) => rules.remove(actorOf(r), r.query.regionCode));

    app.post(
      '/api/incidents',
      { config: { policy: userOrToken('incident.report', 'incidents:report') }, schema: { operationId: 'reportIncident', tags, summary: 'Intake (接报) by a duty officer, from a monitoring alarm or a warning, or by an API token with incidents:report; graded at once', body: IncidentCreate, response: { 201: Incident, ...errors } } },
      async (r, reply) => reply.code(201).send(await incidents.create(actorOf(r), r.body)),
    );
    app.get('/api/incidents/:id', { config: read, schema: { operationId: 'getIncident', tags, summary: 'An incident with its reports, report clocks, response and tasks', params: ById, response: { 200: IncidentDetail, ...errors } } }, async (r) => incidents.get(actorOf(r), r.params.id));
    app.patch('/api/incidents/:id', { config: report, schema: { operationId: 'updateIncident', tags, summary: 'Corrects an open incident: type, place, figures (re-graded), a person’s grade', params: ById, body: IncidentUpdate, response: { 200: Incident, ...errors } } }, async (r) => incidents.update(actorOf(r), r.params.id, r.body));
    app.get('/api/incidents/:id/reports', { config: read, schema: { operationId: 'listIncidentReports', tags, params: ById, response: { 200: z.array(IncidentReport), ...errors } } }, async (r) => incidents.reports(actorOf(r), r.params.id));
    app.post('/api/incidents/:id/reports', { config: report, schema: { operationId: 'submitIncidentReport', tags, summary: '初报 / 续报 / 终报 with the fields each requires; its figures become the incident’s; a 终报 closes the incident', params: ById, body: IncidentReportCreate, response: { 201: IncidentReport, ...errors } } }, async (r, reply) => reply.code(201).send(await incidents.submitReport(actorOf(r), r.params.id, r.body)));
    app.get('/api/incidents/:id/log', { config: read, schema: { operationId: 'incidentLog', tags, summary: 'The incident’s timeline, oldest first; `kinds` keeps only those kinds', params: ById, querystring: IncidentLogQuery, response: { 200: Page(IncidentLogEntry), ...errors } } }, async (r) => incidents.log(actorOf(r), r.params.id, r.query));
    app.post('/api/incidents/:id/end', { config: command, schema: { operationId: 'endIncident', tags, summary: 'Ends the emergency of an incident without an active response; the 终报 falls due', params: ById, body: IncidentEnd, response: { 200: Incident, ...errors } } }, async (r) => incidents.end(actorOf(r), r.params.id, r.body.note));

    app.post('/api/incidents/:id/response', { config: command, schema: { operationId: 'activateResponse', tags, summary: 'Activates a response level; every member unit of the command body gets its tasks from the template', params: ById, body: ResponseActivate, response: { 200: IncidentDetail, ...errors } } }, async (r) => response.activate(actorOf(r), r.params.id, r.body));
    app.post('/api/incidents/:id/response/level', { config: command, schema: { operationId: 'changeResponseLevel', tags, params: ById, body: ResponseLevelChange, response: { 200: IncidentDetail, ...errors } } }, async (r) => response.changeLevel(actorOf(r), r.params.id, r.body.level, r.body.reason));
    app.post('/api/incidents/:id/response/terminate', { config: command, schema: { operationId: 'terminateResponse', tags, summary: 'Terminates the response; the emergency ends and the 终报 falls due', params: ById, body: ResponseTerminate, response: { 200: IncidentDetail, ...errors } } }, async (r) => response.terminate(actorOf(r), r.params.id, r.body.reason));
    app.put('/api/incidents/:id/command-post', { config: command, schema: { operationId: 'setCommandPost', tags, summary: 'Sets or moves the on-scene command post (现场指挥部) with its video link', params: ById, body: IncidentCommandPostSet, response: { 200: IncidentDetail, ...errors } } }, async (r) => response.setCommandPost(actorOf(r), r.params.id, r.body));
    app.get('/api/incidents/:id/tasks', { config: read, schema: { operationId: 'listIncidentTasks', tags, params: ById, response: { 200: z.array(IncidentTask), ...errors } } }, async (r) => response.tasks(actorOf(r), r.params.id));
    app.post('/api/incidents/:id/tasks', { config: command, schema: { operationId: 'createIncidentTask', tags, summary: 'Adds a task for an org unit', params: ById, body: IncidentTaskCreate, response: { 201: IncidentTask, ...errors } } }, async (r, reply) => reply.code(201).send(await response.addTask(actorOf(r), r.params.id, r.body)));
    app.patch('/api/incidents/:id/tasks/:taskId', { config: command, schema: { operationId: 'updateIncidentTask', tags, summary: 'Moves a task on (pending → in_progress → done, or cancelled), adds a note or a new due time', params: ByTask, body: IncidentTaskUpdate, response: { 200: IncidentTask, ...errors } } }, async (r) => response.updateTask(actorOf(r), r.params.id, r.params.taskId, r.body));
  };
}
