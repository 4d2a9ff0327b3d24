import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CalloutAck,
  CalloutBoard,
  CalloutFeedbackInput,
  CalloutPolicyPut,
  CalloutPolicyQuery,
  CalloutPolicyView,
  CalloutRecall,
  CoverageQuery,
  CoverageReport,
  ErrorBody,
  Id,
  MyCallout,
  MyCalloutQuery,
  Page,
  Recipient,
  RecipientListQuery,
  Webhook,
  WebhookCreate,
} from '@shouwang/contracts';
import { PUBLIC, signedIn } from '../../../foundation/auth/policy.js';
import { invalid } from '../../../foundation/http/errors.js';
import { actorOf } from '../../../foundation/http/request-context.js';
import type { ZodApp } from '../../../foundation/http/zod-app.js';
import { parseInboundSms, parseReceiptBatch } from '../channels/gateway-client.js';
import type { ReceiptIntake } from './callout-acks.js';
import { gatewaySignatureInvalid } from './callout.errors.js';
import type { CalloutService } from './callout.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('warning.read') };
const anyone = { policy: signedIn() };
const write = { policy: signedIn('warning.write') };
const manage = { policy: signedIn('duty.manage') };
const tags = ['warnings-callout'];
export const GATEWAY_RECEIPTS_PATH = '/api/warnings/gateway/receipts';
export const GATEWAY_INBOUND_PATH = '/api/warnings/gateway/inbound';

export function calloutRoutes(service: CalloutService, intake: ReceiptIntake, verify: ((headers: Record<string, string | string[] | undefined>, raw: string) => boolean) | null) {
  return (app: ZodApp) => {
    app.get('/api/warnings/:id/callout', { config: read, schema: { operationId: 'warningCalloutBoard', tags, summary: '叫应 board: who has and has not answered, per region level, with coverage at 5/15/30 minutes', params: ById, response: { 200: CalloutBoard, ...errors } } }, async (r) => service.board(actorOf(r), r.params.id));
    app.get('/api/warnings/:id/recipients', { config: read, schema: { operationId: 'listWarningRecipients', tags, summary: 'The persons called (or public recipients) with each delivery attempt', params: ById, querystring: RecipientListQuery, response: { 200: Page(Recipient), ...errors } } }, async (r) => service.recipients(actorOf(r), r.params.id, r.query));
    app.get('/api/warnings/callouts/mine', { config: anyone, schema: { operationId: 'myCallouts', tags, summary: 'The call-outs addressed to the signed-in user', querystring: MyCalloutQuery, response: { 200: Page(MyCallout), ...errors } } }, async (r) => service.mine(actorOf(r), r.query));
    app.get('/api/warnings/coverage', { config: read, schema: { operationId: 'warningCoverage', tags, summary: 'Coverage of responsible persons and target regions reached within 30 minutes, against the ≥ 90 % goal', querystring: CoverageQuery, response: { 200: CoverageReport, ...errors } } }, async (r) => service.coverage(actorOf(r), r.query));
    app.post('/api/warnings/recipients/:id/read', { config: anyone, schema: { operationId: 'readCallout', tags, summary: '已读: the person opened the call-out', params: ById, response: { 200: Recipient, ...errors } } }, async (r) => service.markRead(actorOf(r), r.params.id));
    app.post('/api/warnings/recipients/:id/acknowledge', { config: anyone, schema: { operationId: 'acknowledgeCallout', tags, summary: '收到: by the person (app) or recorded by the duty officer after a phone call', params: ById, body: CalloutAck, response: { 200: Recipient, ...errors } } }, async (r) => service.acknowledge(actorOf(r), r.params.id, r.body));
    app.post('/api/warnings/recipients/:id/feedback', { config: anyone, schema: { operationId: 'calloutFeedback', tags, summary: '反馈: what was done (commander on duty, villages affected, people transferred, measures) with up to 4 photos', params: ById, body: CalloutFeedbackInput, response: { 200: Recipient, ...errors } } }, async (r) => service.feedback(actorOf(r), r.params.id, r.body));
    app.post('/api/warnings/recipients/:id/recall', { config: write, schema: { operationId: 'recallCallout', tags, summary: 'Re-call one person now by SMS or voice', params: ById, body: CalloutRecall, response: { 200: Recipient, ...errors } } }, async (r) => service.recall(actorOf(r), r.params.id, r.body));
    app.get('/api/warnings/recipients/:id/attachments/:attachmentId', { config: anyone, schema: { operationId: 'calloutAttachment', tags, summary: 'A photo attached to a feedback', params: z.object({ id: Id, attachmentId: Id }).strict(), response: { 200: z.any(), ...errors } } }, async (r, reply) => {
      const a = await service.attachment(actorOf(r), r.params.id, r.params.attachmentId);
      return reply.header('content-type', a.content_type).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.name)}`).send(a.data);
    });
    app.get('/api/warnings/callout-policy', { config: read, schema: { operationId: 'calloutPolicy', tags, summary: 'The call-out policy in force in a region (own, inherited or built-in)', querystring: CalloutPolicyQuery, response: { 200: CalloutPolicyView, ...errors } } }, async (r) => service.policy(actorOf(r), r.query.regionCode));
    app.put('/api/warnings/callout-policy', { config: manage, schema: { operationId: 'setCalloutPolicy', tags, summary: 'Sets a region’s own call-out policy (timers, roles per level, public channels)', body: CalloutPolicyPut, response: { 200: CalloutPolicyView, ...errors } } }, async (r) => service.setPolicy(actorOf(r), r.body.regionCode, r.body.policy));
    app.get('/api/warnings/webhooks', { config: read, schema: { operationId: 'listWarningWebhooks', tags, response: { 200: z.array(Webhook), ...errors } } }, async (r) => service.webhooks(actorOf(r)));
    app.post('/api/warnings/webhooks', { config: manage, schema: { operationId: 'createWarningWebhook', tags, summary: 'Subscribes an HTTP endpoint to the warnings published in a region subtree (signed with the secret)', body: WebhookCreate, response: { 201: Webhook, ...errors } } }, async (r, reply) => reply.code(201).send(await service.createWebhook(actorOf(r), r.body)));
    app.delete('/api/warnings/webhooks/:id', { config: manage, schema: { operationId: 'removeWarningWebhook', tags, params: ById, response: { 200: Webhook, ...errors } } }, async (r) => service.removeWebhook(actorOf(r), r.params.id));

    // The gateway's callbacks are signed over the exact bytes sent, so this context keeps the raw body.
    void app.register(async (instance) => {
      const gw = instance.withTypeProvider<ZodTypeProvider>();
      gw.removeContentTypeParser('application/json');
      gw.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 4 * 1024 * 1024 }, (_req, body, done) => done(null, body));
      const checked = (headers: Record<string, string | string[] | undefined>, raw: string): unknown => {
        if (!verify || !verify(headers, raw)) throw gatewaySignatureInvalid();
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          throw invalid('GATEWAY_BODY_INVALID', { zh: '网关回调不是有效的 JSON', en: 'Gateway callback is not valid JSON' });
        }
      };
      const bad = (problems: { path: string; message: string }[]) => invalid('GATEWAY_BODY_INVALID', { zh: '网关回调内容无效', en: 'Gateway callback body invalid' }, problems);
      const Ok = z.object({ accepted: z.number().int() });
      gw.post(GATEWAY_RECEIPTS_PATH, { config: { policy: PUBLIC }, bodyLimit: 4 * 1024 * 1024, schema: { operationId: 'gatewayReceipts', tags, summary: 'Delivery receipts from the SMS/voice/broadcast gateway (HMAC-signed)', body: z.string(), response: { 200: Ok, ...errors } } }, async (r) => {
        const parsed = parseReceiptBatch(checked(r.headers, r.body));
        if (!parsed.ok) throw bad(parsed.problems);
        return { accepted: await intake.receipts(parsed.value) };
      });
      gw.post(GATEWAY_INBOUND_PATH, { config: { policy: PUBLIC }, schema: { operationId: 'gatewayInboundSms', tags, summary: 'A reply SMS relayed by the gateway (HMAC-signed); the 6-digit code acknowledges the call-out', body: z.string(), response: { 200: z.object({ matched: z.boolean() }), ...errors } } }, async (r) => {
        const parsed = parseInboundSms(checked(r.headers, r.body));
        if (!parsed.ok) throw bad(parsed.problems);
        return intake.inbound(parsed.value);
      });
    });
  };
}
