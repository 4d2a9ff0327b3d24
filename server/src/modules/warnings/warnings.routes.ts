import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, Page, PublicWarning, PublicWarningQuery, Warning, WarningCancel, WarningCreate, WarningFromAlarm, WarningImportResult, WarningListQuery, WarningReject, WarningRevise, WarningUpdate } from '@shouwang/contracts';
import { can } from '../../foundation/auth/actor.js';
import { PUBLIC, signedIn, userOrToken } from '../../foundation/auth/policy.js';
import { HTTP_TEXT } from '../../foundation/http/common-errors.js';
import { AppError } from '../../foundation/http/errors.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import { CAP_LIMITS } from './cap/parse-cap.js';
import type { WarningsService } from './warnings.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('warning.read') };
const write = { policy: signedIn('warning.write') };
const approve = { policy: signedIn('warning.approve') };
const tags = ['warnings'];
/** Media types a CAP document is accepted as (parsed only on the import route). */
export const CAP_MEDIA_TYPES = ['application/cap+xml', 'application/xml', 'text/xml'] as const;

export function warningsRoutes(service: WarningsService) {
  return (app: ZodApp) => {
    app.get('/api/warnings', { config: read, schema: { operationId: 'listWarnings', tags, summary: 'Warnings issued in the caller’s region subtree, newest first', querystring: WarningListQuery, response: { 200: Page(Warning), ...errors } } }, async (r) => service.list(actorOf(r), r.query));
    app.get(
      '/api/warnings/feed.atom',
      { config: { policy: PUBLIC }, schema: { operationId: 'warningsFeed', tags, summary: 'Atom feed of the warnings in force (public), each linking to its CAP document', produces: ['application/atom+xml'] } },
      async (_r, reply) => reply.header('content-type', 'application/atom+xml; charset=utf-8').send(await service.feed()),
    );
    app.get(
      '/api/warnings/public',
      { config: { policy: PUBLIC }, schema: { operationId: 'listPublicWarnings', tags, summary: 'Warnings in force for the public page (no sign-in), every region, newest first', querystring: PublicWarningQuery, response: { 200: Page(PublicWarning), ...errors } } },
      async (r) => service.inForce(r.query),
    );
    app.get('/api/warnings/:id', { config: read, schema: { operationId: 'getWarning', tags, params: ById, response: { 200: Warning, ...errors } } }, async (r) => service.get(actorOf(r), r.params.id));
    app.get(
      '/api/warnings/:id/cap',
      { config: { policy: PUBLIC }, schema: { operationId: 'getWarningCap', tags, summary: 'The warning as a CAP 1.2 document (application/cap+xml): issued warnings for anyone (the Atom feed links here), drafts and reviews for staff in scope', params: ById, produces: ['application/cap+xml'] } },
      async (r, reply) => {
        const staff = r.actor && can(r.actor, 'warning.read') ? r.actor : null;
        const xml = staff ? await service.cap(staff, r.params.id).catch(() => service.publicCap(r.params.id)) : await service.publicCap(r.params.id);
        return reply.header('content-type', 'application/cap+xml; charset=utf-8').send(xml);
      },
    );
    app.post('/api/warnings', { config: write, schema: { operationId: 'createWarning', tags, summary: 'Drafts a warning; target divisions must be inside the author’s subtree', body: WarningCreate, response: { 201: Warning, ...errors } } }, async (r, reply) => reply.code(201).send(await service.create(actorOf(r), r.body)));
    app.post('/api/warnings/from-alarm/:alarmId', { config: write, schema: { operationId: 'createWarningFromAlarm', tags, summary: 'Drafts a warning from a monitoring alarm the author can see: place, reading and region prefilled; the author picks the level', params: z.object({ alarmId: Id }).strict(), body: WarningFromAlarm, response: { 201: Warning, ...errors } } }, async (r, reply) => reply.code(201).send(await service.createFromAlarm(actorOf(r), r.params.alarmId, r.body)));
    app.patch('/api/warnings/:id', { config: write, schema: { operationId: 'updateWarning', tags, summary: 'Changes a draft or rejected warning', params: ById, body: WarningUpdate, response: { 200: Warning, ...errors } } }, async (r) => service.update(actorOf(r), r.params.id, r.body));
    app.post('/api/warnings/:id/submit', { config: write, schema: { operationId: 'submitWarning', tags, summary: 'Submits a draft or rejected warning for review', params: ById, response: { 200: Warning, ...errors } } }, async (r) => service.submit(actorOf(r), r.params.id));
    app.post('/api/warnings/:id/approve', { config: approve, schema: { operationId: 'approveWarning', tags, summary: 'Approves and publishes; never by the author (WARNING_SELF_APPROVAL)', params: ById, response: { 200: Warning, ...errors } } }, async (r) => service.approve(actorOf(r), r.params.id));
    app.post('/api/warnings/:id/reject', { config: approve, schema: { operationId: 'rejectWarning', tags, summary: 'Sends a pending warning back to its author with a reason', params: ById, body: WarningReject, response: { 200: Warning, ...errors } } }, async (r) => service.reject(actorOf(r), r.params.id, r.body.reason));
    app.post('/api/warnings/:id/revise', { config: write, schema: { operationId: 'reviseWarning', tags, summary: 'Drafts a new version of a published warning (CAP Update); it supersedes the old one when approved', params: ById, body: WarningRevise, response: { 201: Warning, ...errors } } }, async (r, reply) => reply.code(201).send(await service.revise(actorOf(r), r.params.id, r.body)));
    app.post('/api/warnings/:id/cancel', { config: approve, schema: { operationId: 'cancelWarning', tags, summary: 'Cancels a published warning: a CAP Cancel version is issued at once', params: ById, body: WarningCancel, response: { 201: Warning, ...errors } } }, async (r, reply) => reply.code(201).send(await service.cancel(actorOf(r), r.params.id, r.body.reason)));

    // CAP XML is parsed only in this encapsulated context, so the JSON routes keep answering 415 to it.
    void app.register(async (instance) => {
      const cap = instance.withTypeProvider<ZodTypeProvider>();
      cap.addContentTypeParser([...CAP_MEDIA_TYPES], { parseAs: 'string', bodyLimit: CAP_LIMITS.maxBytes }, (_req, body, done) => done(null, body));
      cap.post(
        '/api/warnings/cap',
        {
          config: { policy: userOrToken('warning.write', 'warnings:import') },
          bodyLimit: CAP_LIMITS.maxBytes,
          // Fastify's built-in text/plain and JSON parsers also yield a string: only CAP's media types pass.
          preValidation: async (r) => {
            const type = String(r.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
            if (!(CAP_MEDIA_TYPES as readonly string[]).includes(type)) throw new AppError('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', HTTP_TEXT.UNSUPPORTED_MEDIA_TYPE);
          },
          schema: {
            operationId: 'importWarningCap',
            tags,
            summary: 'Imports a CAP 1.2/1.1 alert as a published warning (201); the same sender + identifier again returns the stored one (200)',
            consumes: [...CAP_MEDIA_TYPES],
            body: z.string().describe('CAP XML, UTF-8'),
            response: { 200: WarningImportResult, 201: WarningImportResult, ...errors, 413: ErrorBody, 415: ErrorBody },
          },
        },
        async (r, reply) => {
          const result = await service.importCap(actorOf(r), r.body);
          return reply.code(result.created ? 201 : 200).send(result);
        },
      );
    });
  };
}
