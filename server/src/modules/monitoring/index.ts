import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { EventHub } from '../../foundation/events/event-hub.js';
import type { JobScheduler } from '../../foundation/jobs/job-scheduler.js';
import type { HazardSourceLookup } from '../enterprises/index.js';
import { ESCALATE_JOB, alarmWriter } from './alarm-writer.js';
import { createAlarmsService } from './alarms.service.js';
import { EscalationPolicies, escalationPolicyService, MONITORING_DEFAULTS, POLICY_CHANGED } from './escalation-policies.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { MONITORING_SCOPED_TABLES } from './monitoring.tables.js';
import { startMqttIngress, type MqttStatus } from './mqtt-ingress.js';
import { sweepOffline } from './offline-sweep.js';
import { PointDirectory } from './point-directory.js';
import { createPointsService, POINT_CHANGED } from './points.service.js';
import { ReadingPartitions } from './reading-partitions.js';
import { createRiskService } from './risk.service.js';
import { TelemetryIngester } from './telemetry-ingester.js';

export type { PointsService } from './points.service.js';
export type { AlarmsService } from './alarms.service.js';
export { TELEMETRY_TOPIC } from './mqtt-ingress.js';

const SWEEP_EVERY_MS = 15_000;
const MAINTENANCE_EVERY_MS = 6 * 3_600_000;

/** Hazard monitoring (C1, C2): points, telemetry over HTTP and MQTT, alarms with escalation, risk index. */
export function createMonitoringModule(deps: {
  data: DataLayer;
  clock: Clock;
  events: EventHub;
  jobs: JobScheduler;
  log: FastifyBaseLogger;
  sources: HazardSourceLookup;
  regionNames: (codes: string[]) => Promise<Map<string, string>>;
  mqtt: { url: string | undefined; port: number | null; authenticate: (token: string) => Promise<Actor | null> };
  onReject?: (code: string) => void;
}) {
  const { data, clock, events, jobs, log, sources } = deps;
  for (const table of MONITORING_SCOPED_TABLES) data.registerScopedTable(table);
  const directory = new PointDirectory(data.system);
  const policies = new EscalationPolicies(data.system);
  const writer = alarmWriter(policies);
  const points = createPointsService({ data, clock, sources, changed: (id) => directory.refresh(id) });
  const alarms = createAlarmsService({ data, clock, sources, policies, writer, regionNames: deps.regionNames });
  const risk = createRiskService({ data, clock, sources, enterpriseExists: (db, id) => sources.enterpriseExists(db, id) });
  const policy = escalationPolicyService({ data, policies });
  const ingester = new TelemetryIngester({ data, points: directory, alarms: writer, clock, log, ...(deps.onReject && { onReject: deps.onReject }) });
  const partitions = new ReadingPartitions(data.system, log);
  jobs.register(ESCALATE_JOB, (job, actor) => alarms.escalate(job, actor));

  let mqtt: { status: () => MqttStatus; close: () => Promise<void> } | null = null;
  const timers: NodeJS.Timeout[] = [];
  const sweep = () => sweepOffline({ data, writer }, MONITORING_DEFAULTS.offlineFactor);

  return {
    points,
    alarms,
    risk,
    ingester,
    directory,
    sweepOffline: sweep,
    dropExpiredReadings: () => partitions.dropOlderThan(clock.now(), MONITORING_DEFAULTS.retentionDays),
    routes: monitoringRoutes({ points, alarms, risk, policy, ingester, mqtt: () => mqtt?.status() ?? { mode: 'off', url: '', connected: false } }),
    async start(opts: { background: boolean }) {
      await directory.load();
      await policies.load();
      // Every instance keeps its directory and ladders current, whichever instance made the change.
      events.onLive((e) => {
        if (e.type === POINT_CHANGED && typeof e.payload.id === 'string') void directory.refresh(e.payload.id);
        if (e.type === POLICY_CHANGED) void policies.load();
      });
      if (deps.mqtt.port !== null || deps.mqtt.url) mqtt = await startMqttIngress({ ingester, log, url: deps.mqtt.url, port: deps.mqtt.port ?? 0, authenticate: deps.mqtt.authenticate });
      if (opts.background) {
        const every = (ms: number, fn: () => Promise<unknown>, what: string) => {
          const t = setInterval(() => void fn().catch((err: unknown) => log.warn({ err }, `${what} failed`)), ms);
          t.unref();
          timers.push(t);
        };
        every(SWEEP_EVERY_MS, sweep, 'offline sweep');
        every(MAINTENANCE_EVERY_MS, () => partitions.dropOlderThan(clock.now(), MONITORING_DEFAULTS.retentionDays), 'reading retention');
      }
    },
    mqttStatus: () => mqtt?.status() ?? null,
    async close() {
      for (const t of timers) clearInterval(t);
      await ingester.drain();
      await mqtt?.close();
    },
  };
}
