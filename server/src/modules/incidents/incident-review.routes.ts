import { z } from 'zod';
import { ErrorBody, Id, IncidentCallCreate, IncidentLogEntry, IncidentReview, IncidentReviewWrite } from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { CallsService } from './calls.js';
import { DOCX_TYPE } from './report-export/docx-parts.js';
import type { IncidentReportExport } from './report-export/incident-report.js';
import type { ReviewService } from './review/review.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const tags = ['incidents'];
/** RFC 5987 value: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Calls on the incident log (A4), the review (总结评估) and the exported report (E5). */
export function incidentReviewRoutes(s: { calls: CallsService; review: ReviewService; report: IncidentReportExport }) {
  return (app: ZodApp) => {
    app.post(
      '/api/incidents/:id/calls',
      { config: { policy: signedIn('incident.report') }, schema: { operationId: 'logIncidentCall', tags, summary: 'Records a call made from a tel: link (or taken) on the incident’s timeline; with contactId the name and phone come from the contact directory', params: ById, body: IncidentCallCreate, response: { 201: IncidentLogEntry, ...errors } } },
      async (r, reply) => reply.code(201).send(await s.calls.log(actorOf(r), r.params.id, r.body)),
    );
    app.get(
      '/api/incidents/:id/review',
      { config: { policy: signedIn('incident.read') }, schema: { operationId: 'getIncidentReview', tags, summary: 'The review (总结评估) with the facts computed from the record; status none until one is written', params: ById, response: { 200: IncidentReview, ...errors } } },
      async (r) => s.review.get(actorOf(r), r.params.id),
    );
    app.put(
      '/api/incidents/:id/review',
      { config: { policy: signedIn('incident.command') }, schema: { operationId: 'putIncidentReview', tags, summary: 'Writes the review of a closed incident; a final one needs every section and is read-only after', params: ById, body: IncidentReviewWrite, response: { 200: IncidentReview, ...errors } } },
      async (r) => s.review.put(actorOf(r), r.params.id, r.body),
    );
    app.get(
      '/api/incidents/:id/report.docx',
      {
        config: { policy: signedIn('incident.read') },
        schema: { operationId: 'exportIncidentReport', tags, summary: 'The incident report (事件报告) as a Chinese Word document: facts, grading, reports, response, tasks, dispatches, timeline and review', params: ById, produces: [DOCX_TYPE], response: { 200: z.any().describe('the .docx file'), ...errors } },
      },
      async (r, reply) => {
        const file = await s.report.docx(actorOf(r), r.params.id);
        return reply.header('content-type', DOCX_TYPE).header('content-disposition', `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${rfc5987(file.filename)}`).send(file.body);
      },
    );
  };
}
