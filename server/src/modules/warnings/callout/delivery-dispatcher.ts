import { sql } from 'kysely';
import { lockDeliveries } from './callout-locks.js';
import type { FastifyBaseLogger } from 'fastify';
import { systemActor } from '../../../foundation/auth/actor.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { GatewayChannel, GatewayKind, OutboundMessage, SendOutcome } from '../channels/channel.js';
import { isRetryableSendFailure } from '../channels/gateway-client.js';
import { postWebhook, webhookRetryDelayMs } from '../channels/webhook.js';
import { broadcastText, calloutSms, calloutVoice, type MessageFacts } from './callout-texts.js';
import { CALLOUT_CHANGED_EVENT, scheduleDispatch } from './callout-writer.js';
import type { CalloutTables } from './callout.tables.js';

const CLAIM = 2000;
const STALE_SENDING_MS = 120_000;
const GATEWAY_RETRY_MS = 60_000;

type Claimed = { id: string; channel: string; address: string; recipient_id: string | null; webhook_id: string | null; attempt: number; ack_code: string | null; kind: string | null };
export type WarningForDispatch = { facts: MessageFacts; regionCode: string; webhookBody: () => Promise<string> };

/**
 * Sends what is queued for a warning through its channels: claims a batch (queued → sending) in one
 * transaction, hands it to the gateway or posts the webhooks outside any transaction, and records each
 * outcome (sent with the carrier's reference, or failed with its reason). Webhooks that fail in a way
 * worth retrying are queued again later. Carrier receipts arrive separately (receipts.ts).
 */
export function createDeliveryDispatcher(deps: { data: DataLayer; gateway: Partial<Record<GatewayKind, GatewayChannel>>; describe: (warningId: string) => Promise<WarningForDispatch | null>; log: FastifyBaseLogger }) {
  const actor = systemActor('warnings-dispatch');

  async function claim(warningId: string): Promise<Claimed[]> {
    return deps.data.write(actor, async (uow) => {
      await moduleDb<CalloutTables>(uow.db)
        .updateTable('warning_deliveries')
        .set({ state: 'queued' })
        .where('warning_id', '=', warningId)
        .where('state', '=', 'sending')
        .where('sent_at', '<', new Date(uow.now.getTime() - STALE_SENDING_MS))
        .execute();
      const res = await sql<Claimed>`
        update warning_deliveries d set state = 'sending', sent_at = ${uow.now}
        from (select id from warning_deliveries where warning_id = ${warningId} and state = 'queued' and due_at <= ${uow.now} order by due_at limit ${CLAIM} for update skip locked) q
        where d.id = q.id
        returning d.id, d.channel, d.address, d.recipient_id, d.webhook_id, d.attempt,
          (select r.ack_code from warning_recipients r where r.id = d.recipient_id) as ack_code,
          (select r.kind from warning_recipients r where r.id = d.recipient_id) as kind`.execute(uow.db);
      return res.rows;
    });
  }

  async function record(outcomes: SendOutcome[]) {
    const sent = outcomes.filter((o): o is Extract<SendOutcome, { accepted: true }> => o.accepted);
    const failed = outcomes.filter((o): o is Extract<SendOutcome, { accepted: false }> => !o.accepted);
    await deps.data.write(actor, async (uow) => {
      await lockDeliveries(uow.db, outcomes.map((o) => o.deliveryId));
      if (sent.length)
        await sql`update warning_deliveries d set state = 'sent', provider_ref = v.ref from (select unnest(${sent.map((s) => s.deliveryId)}::uuid[]) as id, unnest(${sent.map((s) => s.providerRef)}::text[]) as ref) v where d.id = v.id and d.state = 'sending'`.execute(uow.db);
      if (failed.length)
        await sql`update warning_deliveries d set state = 'failed', failed_at = ${uow.now}, reason = v.reason from (select unnest(${failed.map((s) => s.deliveryId)}::uuid[]) as id, unnest(${failed.map((s) => s.reason)}::text[]) as reason) v where d.id = v.id and d.state = 'sending'`.execute(uow.db);
    });
  }

  function messages(rows: Claimed[], facts: MessageFacts, channel: string): OutboundMessage[] {
    return rows.map((r) => ({
      deliveryId: r.id,
      to: r.address,
      text: channel === 'voice' ? calloutVoice(facts) : channel === 'broadcast' ? broadcastText(facts) : calloutSms(facts, r.kind === 'responsible' ? r.ack_code : null),
    }));
  }

  async function sendWebhooks(rows: Claimed[], w: WarningForDispatch, warningId: string) {
    const body = await w.webhookBody();
    const hooks = await moduleDb<CalloutTables>(deps.data.read(actor)).selectFrom('warning_webhooks').select(['id', 'secret']).where('id', 'in', rows.map((r) => r.webhook_id!).filter(Boolean)).execute();
    const outcomes: SendOutcome[] = [];
    const retry: { id: string; delayMs: number; reason: string }[] = [];
    for (const r of rows) {
      const hook = hooks.find((h) => h.id === r.webhook_id);
      if (!hook) {
        outcomes.push({ deliveryId: r.id, accepted: false, reason: '订阅已删除 webhook removed' });
        continue;
      }
      const res = await postWebhook({ url: r.address, secret: hook.secret, event: 'warning.published', body, deliveryId: r.id, timeoutMs: 10_000 });
      if (res.ok) {
        outcomes.push({ deliveryId: r.id, accepted: true, providerRef: `http ${res.status}` });
        continue;
      }
      const delay = res.retryable ? webhookRetryDelayMs(r.attempt) : null;
      if (delay === null) outcomes.push({ deliveryId: r.id, accepted: false, reason: res.reason });
      else retry.push({ id: r.id, delayMs: delay, reason: res.reason });
    }
    await record(outcomes);
    // A delivered webhook has no later receipt: the 2xx is the receipt.
    const delivered = outcomes.filter((o) => o.accepted).map((o) => o.deliveryId);
    if (delivered.length || retry.length)
      await deps.data.write(actor, async (uow) => {
        const d = moduleDb<CalloutTables>(uow.db);
        if (delivered.length) await d.updateTable('warning_deliveries').set({ state: 'delivered', delivered_at: uow.now }).where('id', 'in', delivered).execute();
        // Retry times count on the platform's clock, like every other timer.
        for (const r of retry) await d.updateTable('warning_deliveries').set((eb) => ({ state: 'queued', due_at: new Date(uow.now.getTime() + r.delayMs), reason: r.reason, attempt: eb('attempt', '+', 1) })).where('id', '=', r.id).execute();
        if (retry.length) await scheduleDispatch(uow, warningId, w.regionCode, new Date(uow.now.getTime() + Math.min(...retry.map((r) => r.delayMs))));
      });
  }

  async function requeue(ids: string[], warningId: string, regionCode: string, afterMs: number) {
    await deps.data.write(actor, async (uow) => {
      const at = new Date(uow.now.getTime() + afterMs);
      await moduleDb<CalloutTables>(uow.db).updateTable('warning_deliveries').set((eb) => ({ state: 'queued', due_at: at, attempt: eb('attempt', '+', 1) })).where('id', 'in', ids).where('state', '=', 'sending').execute();
      await scheduleDispatch(uow, warningId, regionCode, at);
    });
  }

  /** Sends everything due for a warning; returns how many deliveries it handled. */
  async function dispatch(warningId: string): Promise<number> {
    const w = await deps.describe(warningId);
    if (!w) return 0;
    let handled = 0;
    for (;;) {
      const rows = await claim(warningId);
      if (!rows.length) break;
      handled += rows.length;
      const byChannel = new Map<string, Claimed[]>();
      for (const r of rows) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
      for (const [channel, list] of byChannel) {
        if (channel === 'webhook') {
          await sendWebhooks(list, w, warningId);
          continue;
        }
        const gateway = deps.gateway[channel as GatewayKind];
        if (!gateway) {
          await record(list.map((r) => ({ deliveryId: r.id, accepted: false, reason: '通道未配置 channel not configured' })));
          continue;
        }
        const outcomes = await gateway.send(messages(list, w.facts, channel));
        // The gateway (not the carrier) failed: the same messages go again in a minute.
        const again = outcomes.filter(isRetryableSendFailure).map((o) => o.deliveryId);
        await record(outcomes.filter((o) => !isRetryableSendFailure(o)));
        if (again.length) await requeue(again, warningId, w.regionCode, GATEWAY_RETRY_MS);
      }
      await deps.data.write(actor, async (uow) => uow.emit(CALLOUT_CHANGED_EVENT, w.regionCode, { warningId }));
      if (rows.length < CLAIM) break;
    }
    return handled;
  }

  return { dispatch };
}
export type DeliveryDispatcher = ReturnType<typeof createDeliveryDispatcher>;
