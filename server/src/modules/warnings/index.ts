import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { DomainEvent } from '../../foundation/events/event.js';
import type { JobScheduler } from '../../foundation/jobs/job-scheduler.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import { createCalloutService } from './callout/callout.service.js';
import { calloutRoutes, GATEWAY_RECEIPTS_PATH } from './callout/callout.routes.js';
import { createAckBatcher } from './callout/ack-batcher.js';
import { createReceiptIntake } from './callout/callout-acks.js';
import { resolveCalloutPolicy } from './callout/callout-policy.js';
import { CALLOUT_EVENT, DISPATCH_JOB, SWEEP_JOB, sweepCallout } from './callout/callout-writer.js';
import { CALLOUT_SCOPED_TABLES } from './callout/callout.tables.js';
import { createDeliveryDispatcher } from './callout/delivery-dispatcher.js';
import type { GatewayChannel, GatewayKind } from './channels/channel.js';
import { createGatewayChannel, verifyGatewayCallback } from './channels/gateway-client.js';
import { systemActor, type Actor } from '../../foundation/auth/actor.js';
import type { AlarmFacts } from './warning-from-alarm.js';
import { warningsRoutes } from './warnings.routes.js';
import { createWarningsService } from './warnings.service.js';
import { WARNINGS_SCOPED_TABLES } from './warnings.tables.js';

export type { WarningsService } from './warnings.service.js';
export type { AlarmFacts } from './warning-from-alarm.js';
export { GATEWAY_RECEIPTS_PATH } from './callout/callout.routes.js';

const systemReader = systemActor('warnings-dispatch');
type Deps = { data: DataLayer; jobs: JobScheduler; log: FastifyBaseLogger; regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>; alarmOf: (actor: Actor, id: string) => Promise<AlarmFacts | null> };
/** Where the SMS/voice/broadcast gateway is and how its callbacks are signed; the callback base is this platform's origin. */
export type GatewayLink = { url: string; apiKey: string; signingSecret: string; callbackBase: string };

/**
 * Warnings (C4) with CAP 1.2 out and in (H1), and the call-and-respond that follows publication (C5):
 * recipients from the call roster, deliveries on every channel, acknowledgements, escalation, feedback.
 */
export function createWarningsModule(deps: Deps) {
  for (const table of [...WARNINGS_SCOPED_TABLES, ...CALLOUT_SCOPED_TABLES]) deps.data.registerScopedTable(table);
  const service = createWarningsService(deps);
  const gateway: Partial<Record<GatewayKind, GatewayChannel>> = {};
  let signingSecret: string | null = null;
  const acks = createAckBatcher({ data: deps.data });
  const intake = createReceiptIntake({ data: deps.data, acks });
  const callout = createCalloutService({ data: deps.data, acks, regionNames: deps.regionNames, warningInScope: (db, id) => service.inScope(db, id) });
  const dispatcher = createDeliveryDispatcher({
    data: deps.data,
    gateway,
    log: deps.log,
    describe: async (warningId) => {
      const w = await service.asJson(warningId).catch(() => null);
      if (!w) return null;
      const names = await deps.regionNames(deps.data.read(systemReader), [w.regionCode]);
      return {
        regionCode: w.regionCode,
        facts: { headline: w.headline, level: w.level, instruction: w.instruction, issuer: `${names.get(w.regionCode) ?? ''}应急管理局` },
        webhookBody: async () => JSON.stringify({ event: 'warning.published', warning: w }),
      };
    },
  });

  deps.jobs.register(DISPATCH_JOB, async (job) => {
    await dispatcher.dispatch(String(job.payload.warningId));
  });
  deps.jobs.register(SWEEP_JOB, async (job, actor) => {
    const warningId = String(job.payload.warningId);
    await deps.data.write(actor, async (uow) => {
      const w = await service.inScope(uow.db, warningId);
      if (!w.published_at) return;
      const { policy } = await resolveCalloutPolicy(uow.db, w.region_code);
      await sweepCallout(uow, { id: w.id, regionCode: w.region_code, level: w.level, headline: w.headline, publishedAt: w.published_at }, policy);
    });
  });

  return {
    service,
    callout,
    dispatcher,
    routes: (app: ZodApp) => {
      warningsRoutes(service)(app);
      calloutRoutes(callout, intake, (headers, raw) => signingSecret !== null && verifyGatewayCallback(signingSecret, headers, raw, new Date()))(app);
    },
    /** Connects the SMS, voice and broadcast channels to a gateway (the embedded simulator or a real one). */
    useGateway(link: GatewayLink) {
      signingSecret = link.signingSecret;
      for (const kind of ['sms', 'voice', 'broadcast'] as const) {
        gateway[kind] = createGatewayChannel({ kind, baseUrl: link.url, apiKey: link.apiKey, signingSecret: link.signingSecret, callbackUrl: `${link.callbackBase.replace(/\/+$/, '')}${GATEWAY_RECEIPTS_PATH}` });
      }
    },
    /** For the SSE layer: a call-out push reached one of the user's live connections. */
    onTargetedDelivery(event: DomainEvent, userId: string) {
      if (event.type === CALLOUT_EVENT && typeof event.payload.warningId === 'string') intake.appDelivered(event.payload.warningId, userId);
    },
    flushAppDelivered: () => intake.flushAppDelivered(),
    close: () => intake.close(),
  };
}
