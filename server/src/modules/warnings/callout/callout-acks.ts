import { sql } from 'kysely';
import type { AckVia } from '@shouwang/contracts';
import { systemActor } from '../../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../../foundation/db/data-layer.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { InboundSms, Receipt } from '../channels/channel.js';
import type { AckBatcher } from './ack-batcher.js';
import { lockDeliveries } from './callout-locks.js';
import { resolveCalloutPolicy } from './callout-policy.js';
import { CALLOUT_CHANGED_EVENT, SWEEP_JOB } from './callout-writer.js';
import type { CalloutTables } from './callout.tables.js';

type AckTarget = { id: string; warning_id: string; region_code: string; name: string; created_at: Date };
/** One acknowledgement; `person` names who acted when the transaction's actor is the batch writer. */
export type AckItem = { recipientId: string; via: AckVia; by: string; note: string | null; person?: { id: string | null; name: string } };

/** The same answer for several recipients (a voice key press per call, one SMS reply). */
export function acknowledge(uow: UnitOfWork, ids: string[], via: AckVia, by: string, note: string | null): Promise<AckTarget[]> {
  return acknowledgeEach(
    uow,
    ids.map((recipientId) => ({ recipientId, via, by, note })),
  );
}

/**
 * Records acknowledgements (叫应 answered) on open recipients, set-based: what is already acknowledged
 * or stopped is left alone, so a late SMS reply after an app tap changes nothing. The feedback deadline
 * becomes the recipient's next timer. Each acknowledgement is a ledger entry in the acting person's name:
 * it is a person's answer, the record the local rules ask for (有叫有应有记录).
 */
export async function acknowledgeEach(uow: UnitOfWork, items: AckItem[]): Promise<AckTarget[]> {
  const first = new Map<string, AckItem>();
  for (const i of items) if (!first.has(i.recipientId)) first.set(i.recipientId, i);
  const list = [...first.values()];
  if (!list.length) return [];
  const done = await sql<AckTarget>`
    update warning_recipients r set acknowledged_at = ${uow.now}::timestamptz, ack_via = v.via, ack_by = v.by, ack_note = v.note,
      reached_at = coalesce(r.reached_at, ${uow.now}::timestamptz), read_at = coalesce(r.read_at, ${uow.now}::timestamptz)
    from (select unnest(${list.map((i) => i.recipientId)}::uuid[]) as id, unnest(${list.map((i) => i.via)}::text[]) as via,
                 unnest(${list.map((i) => i.by)}::text[]) as by, unnest(${list.map((i) => i.note)}::text[]) as note) v
    where r.id = v.id and r.acknowledged_at is null and r.stopped_at is null
    returning r.id, r.warning_id, r.region_code, r.name, r.created_at`.execute(uow.db);
  const byWarning = new Map<string, AckTarget[]>();
  for (const r of done.rows) byWarning.set(r.warning_id, [...(byWarning.get(r.warning_id) ?? []), r]);
  for (const [warningId, acked] of byWarning) {
    const w = await sql<{ region_code: string }>`select region_code from warnings where id = ${warningId}`.execute(uow.db);
    const regionCode = w.rows[0]?.region_code ?? acked[0]!.region_code;
    const { policy } = await resolveCalloutPolicy(uow.db, regionCode);
    await sql`update warning_recipients set next_due_at = case when feedback_at is null then created_at + make_interval(mins => ${policy.feedbackMin}) end where id = any(${acked.map((r) => r.id)}::uuid[])`.execute(uow.db);
    const earliest = acked.reduce((m, r) => (r.created_at < m ? r.created_at : m), acked[0]!.created_at);
    const due = new Date(Math.max(earliest.getTime() + policy.feedbackMin * 60_000, uow.now.getTime()));
    await uow.schedule({ kind: SWEEP_JOB, runAt: due, payload: { warningId }, regionCode, dedupeKey: `${SWEEP_JOB}:${warningId}:${due.getTime()}` });
    for (const r of acked) {
      const { via, by, note, person } = first.get(r.id)!;
      uow.audit({ action: 'warning.callout-acknowledged', entity: 'warning_recipient', entityId: r.id, regionCode: r.region_code, after: { warningId, name: r.name, via, by, note }, ...(person && { by: person }) });
    }
    uow.emit(CALLOUT_CHANGED_EVENT, regionCode, { warningId });
  }
  return done.rows;
}

/** Carrier facts arriving from the gateway, an SMS reply, or a live connection that received a push. */
export function createReceiptIntake(deps: { data: DataLayer; acks: AckBatcher }) {
  const actor = systemActor('warnings-gateway');
  const appDelivered = new Map<string, Set<string>>();
  let flushTimer: NodeJS.Timeout | null = null;

  async function markReached(uow: UnitOfWork, deliveryIds: string[]) {
    if (!deliveryIds.length) return;
    await sql`select r.id from warning_recipients r where r.id in (select d.recipient_id from warning_deliveries d where d.id = any(${deliveryIds}::uuid[])) order by r.id for update of r`.execute(uow.db);
    await sql`
      update warning_recipients r set reached_at = least(coalesce(r.reached_at, d.delivered_at), d.delivered_at)
      from warning_deliveries d where d.id = any(${deliveryIds}::uuid[]) and d.recipient_id = r.id and d.delivered_at is not null`.execute(uow.db);
  }
  async function changed(uow: UnitOfWork, warningIds: string[]) {
    if (!warningIds.length) return;
    const rows = await sql<{ id: string; region_code: string }>`select id, region_code from warnings where id = any(${warningIds}::uuid[])`.execute(uow.db);
    for (const w of rows.rows) uow.emit(CALLOUT_CHANGED_EVENT, w.region_code, { warningId: w.id });
  }

  return {
    /** Delivery receipts (delivered / failed) from the gateway; a voice call answered with 1 acknowledges. */
    async receipts(list: Receipt[]): Promise<number> {
      if (!list.length) return 0;
      return deps.data.write(actor, async (uow) => {
        const ids = list.map((r) => r.deliveryId);
        await lockDeliveries(uow.db, ids);
        const res = await sql<{ id: string; warning_id: string; recipient_id: string | null }>`
          update warning_deliveries d set
            state = v.status, reason = v.reason, answered = v.answered,
            delivered_at = case when v.status = 'delivered' then v.at end,
            failed_at = case when v.status = 'failed' then v.at end
          from (select unnest(${ids}::uuid[]) as id, unnest(${list.map((r) => r.status)}::text[]) as status, unnest(${list.map((r) => r.reason)}::text[]) as reason,
                       unnest(${list.map((r) => r.answered ?? null)}::boolean[]) as answered, unnest(${list.map((r) => r.at.toISOString())}::timestamptz[]) as at) v
          where d.id = v.id and d.state in ('sending', 'sent')
          returning d.id, d.warning_id, d.recipient_id`.execute(uow.db);
        await markReached(uow, res.rows.map((r) => r.id));
        const confirmed = list.filter((r) => r.keys?.includes('1')).map((r) => res.rows.find((x) => x.id === r.deliveryId)?.recipient_id).filter((x): x is string => !!x);
        await acknowledge(uow, confirmed, 'voice', '语音按键确认', null);
        await changed(uow, [...new Set(res.rows.map((r) => r.warning_id))]);
        return res.rows.length;
      });
    },

    /** An SMS reply: the 6-digit code answers that call-out; a bare 收到 answers the sender's latest open one. */
    async inbound(sms: InboundSms): Promise<{ matched: boolean }> {
      const code = /\b(\d{6})\b/.exec(sms.text)?.[1] ?? null;
      let q = moduleDb<CalloutTables>(deps.data.read(actor)).selectFrom('warning_recipients').select('id').where('phone', '=', sms.from).where('acknowledged_at', 'is', null).where('stopped_at', 'is', null).where('kind', '=', 'responsible');
      q = code ? q.where('ack_code', '=', code) : q.where(() => sql<boolean>`${/收到|确认|已阅|ok/i.test(sms.text)}`);
      const target = await q.orderBy('created_at', 'desc').limit(1).executeTakeFirst();
      if (!target) return { matched: false };
      await deps.acks.submit({ recipientId: target.id, via: 'sms', by: `短信回复 ${sms.text.slice(0, 20)}`, note: null });
      return { matched: true };
    },

    /** The SSE layer wrote a call-out to one of the user's connections; recorded in batches. */
    appDelivered(warningId: string, userId: string) {
      let set = appDelivered.get(warningId);
      if (!set) appDelivered.set(warningId, (set = new Set()));
      set.add(userId);
      flushTimer ??= setTimeout(() => void this.flushAppDelivered(), 250);
    },
    async flushAppDelivered() {
      flushTimer = null;
      const batch = [...appDelivered];
      appDelivered.clear();
      if (!batch.length) return;
      try {
        await this.writeAppDelivered(batch);
      } catch {
        // Put the batch back: the next push or the retry below records it (a lost receipt would show the person unreached).
        for (const [warningId, users] of batch) for (const u of users) this.appDelivered(warningId, u);
      }
    },
    async writeAppDelivered(batch: [string, Set<string>][]) {
      await deps.data.write(actor, async (uow) => {
        for (const [warningId, users] of batch) {
          const ids = await sql<{ id: string }>`select id from warning_deliveries where warning_id = ${warningId} and channel = 'app' and state = 'sent' and address = any(${[...users]}::text[]) order by id for update`.execute(uow.db);
          if (!ids.rows.length) continue;
          const res = await sql<{ id: string }>`
            update warning_deliveries set state = 'delivered', delivered_at = ${uow.now}
            where id = any(${ids.rows.map((r) => r.id)}::uuid[]) returning id`.execute(uow.db);
          await markReached(uow, res.rows.map((r) => r.id));
        }
        await changed(uow, batch.map(([w]) => w));
      });
    },
    close() {
      if (flushTimer) clearTimeout(flushTimer);
    },
  };
}
export type ReceiptIntake = ReturnType<typeof createReceiptIntake>;
