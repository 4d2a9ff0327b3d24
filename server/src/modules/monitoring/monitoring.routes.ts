import { z } from 'zod';
import {
  Alarm,
  AlarmAck,
  AlarmClose,
  AlarmDetail,
  AlarmListQuery,
  AlarmNote,
  ErrorBody,
  EscalationPolicy,
  EscalationPolicyPut,
  Id,
  IngestStats,
  MonitoringPoint,
  Page,
  PointCreate,
  PointListQuery,
  PointUpdate,
  RegionCode,
  RiskIndex,
  Series,
  SeriesQuery,
  Sparklines,
  SparklinesQuery,
  TelemetryBatch,
  TelemetryResult,
} from '@shouwang/contracts';
import { signedIn, userOrToken } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { AlarmsService } from './alarms.service.js';
import type { PointsService } from './points.service.js';
import type { RiskService } from './risk.service.js';
import type { EscalationPolicyService } from './escalation-policies.js';
import type { TelemetryIngester } from './telemetry-ingester.js';
import type { MqttStatus } from './mqtt-ingress.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('alarm.read') };
const handle = { policy: signedIn('alarm.handle') };
const manage = { policy: signedIn('enterprise.manage') };
const tags = ['monitoring'];
const RegionQuery = z.object({ regionCode: RegionCode }).strict();

export function monitoringRoutes(s: { points: PointsService; alarms: AlarmsService; risk: RiskService; policy: EscalationPolicyService; ingester: TelemetryIngester; mqtt: () => MqttStatus }) {
  const { points, alarms, risk, policy, ingester } = s;
  return (app: ZodApp) => {
    app.get('/api/monitoring/points', { config: read, schema: { operationId: 'listMonitoringPoints', tags, summary: 'Monitoring points with their latest value and state', querystring: PointListQuery, response: { 200: Page(MonitoringPoint), ...errors } } }, async (r) => points.list(actorOf(r), r.query));
    app.get('/api/monitoring/points/:id', { config: read, schema: { operationId: 'getMonitoringPoint', tags, params: ById, response: { 200: MonitoringPoint, ...errors } } }, async (r) => points.get(actorOf(r), r.params.id));
    app.post('/api/monitoring/points', { config: manage, schema: { operationId: 'createMonitoringPoint', tags, summary: 'Adds a point to a hazard source or a lifeline asset, with its limits', body: PointCreate, response: { 201: MonitoringPoint, ...errors } } }, async (r, reply) => reply.code(201).send(await points.create(actorOf(r), r.body)));
    app.patch('/api/monitoring/points/:id', { config: manage, schema: { operationId: 'updateMonitoringPoint', tags, params: ById, body: PointUpdate, response: { 200: MonitoringPoint, ...errors } } }, async (r) => points.update(actorOf(r), r.params.id, r.body));
    app.get('/api/monitoring/points/:id/series', { config: read, schema: { operationId: 'pointSeries', tags, summary: 'Readings of a point between two times, averaged per bucket', params: ById, querystring: SeriesQuery, response: { 200: Series, ...errors } } }, async (r) => points.series(actorOf(r), r.params.id, r.query));
    app.get('/api/monitoring/sparklines', { config: read, schema: { operationId: 'pointSparklines', tags, summary: 'Recent values of up to 100 points', querystring: SparklinesQuery, response: { 200: Sparklines, ...errors } } }, async (r) => points.sparklines(actorOf(r), r.query));

    app.post(
      '/api/telemetry',
      {
        config: { policy: userOrToken('telemetry.write', 'telemetry:write') },
        bodyLimit: 4 * 1024 * 1024,
        schema: {
          operationId: 'postTelemetry',
          tags,
          summary: 'A batch of readings; each is checked on its own, a resent id is counted as a duplicate',
          description:
            'Body `{readings: [{point, ts, value, id}]}`: `point` is the point code, `ts` ISO 8601 with offset or epoch ms, `value` a number, `id` the sender’s reading id (idempotency key with point and ts). ' +
            'Readings for points outside the token’s region are rejected as POINT_UNKNOWN. The same readings can be published over MQTT: topic `shouwang/telemetry` with this body, or `shouwang/telemetry/<point code>` with `{ts, value, id}` (or an array of them); on the embedded broker, the password is an API token with `telemetry:write`.',
          body: TelemetryBatch,
          response: { 200: TelemetryResult, ...errors },
        },
      },
      async (r) => ingester.submit(r.body.readings, actorOf(r)),
    );
    app.get('/api/telemetry/stats', { config: read, schema: { operationId: 'telemetryStats', tags, summary: 'Readings accepted, duplicates and rejections by reason since start (this instance), and the MQTT link', response: { 200: IngestStats, ...errors } } }, async () => ({
      accepted: ingester.counters.accepted,
      duplicates: ingester.counters.duplicates,
      rejected: { ...ingester.counters.rejected },
      mqtt: s.mqtt(),
      lastFlushAt: ingester.counters.lastFlushAt?.toISOString() ?? null,
    }));

    app.get('/api/alarms', { config: read, schema: { operationId: 'listAlarms', tags, summary: 'Alarms, open ones first, newest first', querystring: AlarmListQuery, response: { 200: Page(Alarm), ...errors } } }, async (r) => alarms.list(actorOf(r), r.query));
    app.get('/api/alarms/:id', { config: read, schema: { operationId: 'getAlarm', tags, summary: 'An alarm with its timeline', params: ById, response: { 200: AlarmDetail, ...errors } } }, async (r) => alarms.get(actorOf(r), r.params.id));
    app.post('/api/alarms/:id/acknowledge', { config: handle, schema: { operationId: 'acknowledgeAlarm', tags, summary: '确认: stops the escalation ladder', params: ById, body: AlarmAck, response: { 200: Alarm, ...errors } } }, async (r) => alarms.acknowledge(actorOf(r), r.params.id, r.body));
    app.post('/api/alarms/:id/notes', { config: handle, schema: { operationId: 'addAlarmNote', tags, summary: '处置记录 with up to 4 photos (JPEG, PNG, WebP ≤ 500 KB)', params: ById, body: AlarmNote, response: { 200: AlarmDetail, ...errors } } }, async (r) => alarms.addNote(actorOf(r), r.params.id, r.body));
    app.post('/api/alarms/:id/close', { config: handle, schema: { operationId: 'closeAlarm', tags, summary: '关闭 with a reason; the alarm must have been acknowledged', params: ById, body: AlarmClose, response: { 200: Alarm, ...errors } } }, async (r) => alarms.close(actorOf(r), r.params.id, r.body));
    app.get('/api/alarms/:id/attachments/:attachmentId', { config: read, schema: { operationId: 'alarmAttachment', tags, summary: 'A photo attached to a handling note', params: z.object({ id: Id, attachmentId: Id }).strict(), response: { 200: z.any(), ...errors } } }, async (r, reply) => {
      const file = await alarms.attachment(actorOf(r), r.params.id, r.params.attachmentId);
      return reply.header('content-type', file.content_type).header('cache-control', 'private, max-age=3600').header('x-content-type-options', 'nosniff').send(file.data);
    });

    app.get('/api/monitoring/escalation-policy', { config: read, schema: { operationId: 'getEscalationPolicy', tags, summary: 'The escalation ladder that applies in a region', querystring: RegionQuery, response: { 200: EscalationPolicy, ...errors } } }, async (r) => policy.get(actorOf(r), r.query.regionCode));
    app.put('/api/monitoring/escalation-policy', { config: { policy: signedIn('duty.manage') }, schema: { operationId: 'setEscalationPolicy', tags, summary: 'Sets a region’s own ladder; its subtree inherits it', querystring: RegionQuery, body: EscalationPolicyPut, response: { 200: EscalationPolicy, ...errors } } }, async (r) => policy.put(actorOf(r), r.query.regionCode, r.body.steps));
    app.delete('/api/monitoring/escalation-policy', { config: { policy: signedIn('duty.manage') }, schema: { operationId: 'removeEscalationPolicy', tags, summary: 'Removes a region’s own ladder; it inherits again', querystring: RegionQuery, response: { 200: EscalationPolicy, ...errors } } }, async (r) => policy.remove(actorOf(r), r.query.regionCode));
    app.get('/api/enterprises/:id/risk-index', { config: read, schema: { operationId: 'enterpriseRiskIndex', tags, summary: 'Risk index (0–100) with its parts and a 30-day trend', params: ById, response: { 200: RiskIndex, ...errors } } }, async (r) => risk.ofEnterprise(actorOf(r), r.params.id));
  };
}
