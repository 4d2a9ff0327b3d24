import { sql, type Kysely } from 'kysely';
import type { CalloutBoard, CoverageReport, Delivery, Recipient, RecipientState } from '@shouwang/contracts';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { CalloutTables } from './callout.tables.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const n = (v: unknown) => Number(v ?? 0);
export const COVERAGE_TARGET = 0.9;

type RecipientRow = CalloutTables['warning_recipients'] extends infer T ? { [K in keyof T]: T[K] extends { __select__: infer S } ? S : T[K] } : never;

export function recipientState(r: { stopped_at: Date | null; feedback_at: Date | null; acknowledged_at: Date | null; read_at: Date | null; reached_at: Date | null }, allFailed: boolean): RecipientState {
  if (r.feedback_at) return 'feedback';
  if (r.acknowledged_at) return 'acknowledged';
  if (r.stopped_at) return 'stopped';
  if (r.read_at) return 'read';
  if (r.reached_at) return 'reached';
  return allFailed ? 'failed' : 'pending';
}

/** SQL predicate matching `recipientState` (for filtering lists by state). */
export function stateWhere(state: RecipientState) {
  switch (state) {
    case 'feedback': return sql<boolean>`r.feedback_at is not null`;
    case 'acknowledged': return sql<boolean>`r.acknowledged_at is not null and r.feedback_at is null`;
    case 'stopped': return sql<boolean>`r.stopped_at is not null and r.acknowledged_at is null`;
    case 'read': return sql<boolean>`r.read_at is not null and r.acknowledged_at is null and r.stopped_at is null`;
    case 'reached': return sql<boolean>`r.reached_at is not null and r.read_at is null and r.acknowledged_at is null and r.stopped_at is null`;
    case 'failed': return sql<boolean>`r.reached_at is null and r.acknowledged_at is null and r.stopped_at is null and exists (select 1 from warning_deliveries f where f.recipient_id = r.id) and not exists (select 1 from warning_deliveries f where f.recipient_id = r.id and f.state <> 'failed' and f.state <> 'cancelled')`;
    case 'pending': return sql<boolean>`r.reached_at is null and r.acknowledged_at is null and r.stopped_at is null and exists (select 1 from warning_deliveries f where f.recipient_id = r.id and f.state in ('queued','sending','sent'))`;
  }
}

/** Recipient rows with their deliveries and region names, as the API shows them. */
export async function toRecipients(db: Kysely<FoundationTables>, rows: Record<string, unknown>[], regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>): Promise<Recipient[]> {
  if (!rows.length) return [];
  const list = rows as unknown as (RecipientRow & { id: string })[];
  const deliveries = await moduleDb<CalloutTables>(db).selectFrom('warning_deliveries').selectAll().where('recipient_id', 'in', list.map((r) => r.id)).orderBy('queued_at').execute();
  const names = await regionNames(db, [...new Set(list.map((r) => r.region_code))]);
  return list.map((r) => {
    const mine: Delivery[] = deliveries
      .filter((d) => d.recipient_id === r.id)
      .map((d) => ({ id: d.id, channel: d.channel as Delivery['channel'], address: d.address, state: d.state as Delivery['state'], attempt: d.attempt, reason: d.reason, answered: d.answered, queuedAt: d.queued_at.toISOString(), sentAt: iso(d.sent_at), deliveredAt: iso(d.delivered_at), failedAt: iso(d.failed_at) }));
    const allFailed = mine.length > 0 && mine.every((d) => d.state === 'failed' || d.state === 'cancelled');
    return {
      id: r.id,
      warningId: r.warning_id,
      regionCode: r.region_code,
      regionName: names.get(r.region_code) ?? r.region_code,
      regionLevel: r.region_level,
      kind: r.kind,
      contactId: r.contact_id,
      name: r.name,
      post: r.post,
      role: r.role,
      phone: r.phone,
      state: recipientState(r, allFailed),
      step: r.step,
      nextDueAt: iso(r.next_due_at),
      reachedAt: iso(r.reached_at),
      readAt: iso(r.read_at),
      acknowledgedAt: iso(r.acknowledged_at),
      ackVia: r.ack_via as Recipient['ackVia'],
      ackBy: r.ack_by,
      ackNote: r.ack_note,
      feedback: r.feedback,
      feedbackAt: iso(r.feedback_at),
      feedbackOverdue: r.feedback_overdue,
      escalatedAt: iso(r.escalated_at),
      escalatedFromId: r.escalated_from,
      stoppedAt: iso(r.stopped_at),
      stopReason: r.stop_reason,
      deliveries: mine,
    };
  });
}

/** The live board: totals, per region level, coverage windows and channel counts, from one warning's rows. */
export async function boardOf(db: Kysely<FoundationTables>, warningId: string, publishedAt: Date | null): Promise<Omit<CalloutBoard, 'warningId' | 'publishedAt'>> {
  const t0 = publishedAt ?? new Date(0);
  const within = (col: string, m: number) => sql`${sql.ref(col)} <= ${new Date(t0.getTime() + m * 60_000)}`;
  const persons = await sql<Record<string, unknown>>`
    select count(*) as persons,
      count(*) filter (where r.reached_at is not null) as reached,
      count(*) filter (where r.acknowledged_at is not null) as acknowledged,
      count(*) filter (where r.feedback_at is not null) as feedback,
      count(*) filter (where r.acknowledged_at is null and r.stopped_at is null) as pending,
      count(*) filter (where r.escalated_at is not null) as escalated,
      count(*) filter (where r.feedback_overdue) as feedback_overdue,
      count(*) filter (where r.reached_at is null and r.acknowledged_at is null and not exists (select 1 from warning_deliveries f where f.recipient_id = r.id and f.state <> 'failed')) as failed,
      count(*) filter (where ${within('r.reached_at', 5)}) as reached5, count(*) filter (where ${within('r.reached_at', 15)}) as reached15, count(*) filter (where ${within('r.reached_at', 30)}) as reached30,
      count(*) filter (where ${within('r.acknowledged_at', 5)}) as ack5, count(*) filter (where ${within('r.acknowledged_at', 15)}) as ack15, count(*) filter (where ${within('r.acknowledged_at', 30)}) as ack30,
      max(r.stopped_at) as stopped_at
    from warning_recipients r where r.warning_id = ${warningId} and r.kind = 'responsible'`.execute(db);
  const regions = await sql<Record<string, unknown>>`
    select count(*) as total,
      count(*) filter (where reached <= ${new Date(t0.getTime() + 5 * 60_000)}) as reached5, count(*) filter (where reached <= ${new Date(t0.getTime() + 15 * 60_000)}) as reached15, count(*) filter (where reached <= ${new Date(t0.getTime() + 30 * 60_000)}) as reached30,
      count(*) filter (where acked <= ${new Date(t0.getTime() + 5 * 60_000)}) as ack5, count(*) filter (where acked <= ${new Date(t0.getTime() + 15 * 60_000)}) as ack15, count(*) filter (where acked <= ${new Date(t0.getTime() + 30 * 60_000)}) as ack30
    from (select region_code, min(reached_at) as reached, min(acknowledged_at) as acked from warning_recipients where warning_id = ${warningId} and kind = 'responsible' group by region_code) g`.execute(db);
  const levels = await sql<Record<string, unknown>>`
    select region_level, count(distinct region_code) as regions, count(*) as persons, count(reached_at) as reached, count(acknowledged_at) as acknowledged, count(feedback_at) as feedback
    from warning_recipients where warning_id = ${warningId} and kind = 'responsible' group by region_level order by region_level`.execute(db);
  const pub = await sql<Record<string, unknown>>`
    select count(*) as total, count(reached_at) as delivered,
      count(*) filter (where reached_at is null and not exists (select 1 from warning_deliveries f where f.recipient_id = r.id and f.state <> 'failed')) as failed
    from warning_recipients r where r.warning_id = ${warningId} and r.kind = 'public'`.execute(db);
  const channels = await sql<{ channel: string; state: string; c: unknown }>`select channel, state, count(*) as c from warning_deliveries where warning_id = ${warningId} group by channel, state`.execute(db);
  const p = persons.rows[0]!;
  const g = regions.rows[0]!;
  const byChannel = new Map<string, CalloutBoard['channels'][number]>();
  for (const c of channels.rows) {
    const entry = byChannel.get(c.channel) ?? { channel: c.channel as CalloutBoard['channels'][number]['channel'], queued: 0, sent: 0, delivered: 0, failed: 0, cancelled: 0 };
    const key = c.state === 'sending' ? 'sent' : (c.state as 'queued');
    entry[key] += n(c.c);
    byChannel.set(c.channel, entry);
  }
  const window = (r: Record<string, unknown>, total: unknown) => ({ total: n(total), reached5: n(r.reached5), reached15: n(r.reached15), reached30: n(r.reached30), ack5: n(r.ack5), ack15: n(r.ack15), ack30: n(r.ack30) });
  return {
    stoppedAt: iso(p.stopped_at as Date | null),
    totals: { persons: n(p.persons), reached: n(p.reached), acknowledged: n(p.acknowledged), feedback: n(p.feedback), pending: n(p.pending), failed: n(p.failed), escalated: n(p.escalated), feedbackOverdue: n(p.feedback_overdue) },
    byLevel: levels.rows.map((l) => ({ regionLevel: n(l.region_level), regions: n(l.regions), persons: n(l.persons), reached: n(l.reached), acknowledged: n(l.acknowledged), feedback: n(l.feedback) })),
    coverage: { regions: window(g, g.total), persons: window(p, p.persons) },
    public: { total: n(pub.rows[0]?.total), delivered: n(pub.rows[0]?.delivered), failed: n(pub.rows[0]?.failed) },
    channels: [...byChannel.values()],
  };
}

/** Coverage across the warnings published in a period: persons and target regions reached within 30 minutes. */
export async function coverageOf(db: Kysely<FoundationTables>, from: Date, to: Date, subtree: [string, string] | null): Promise<CoverageReport> {
  const rows = await sql<Record<string, unknown>>`
    select w.id, w.headline, w.level, w.published_at,
      count(r.id) as persons,
      count(r.id) filter (where r.reached_at <= w.published_at + interval '5 minutes') as reached5,
      count(r.id) filter (where r.reached_at <= w.published_at + interval '15 minutes') as reached15,
      count(r.id) filter (where r.reached_at <= w.published_at + interval '30 minutes') as reached30,
      count(r.id) filter (where r.acknowledged_at <= w.published_at + interval '5 minutes') as ack5,
      count(r.id) filter (where r.acknowledged_at <= w.published_at + interval '15 minutes') as ack15,
      count(r.id) filter (where r.acknowledged_at <= w.published_at + interval '30 minutes') as ack30,
      count(distinct r.region_code) as regions,
      count(distinct r.region_code) filter (where r.reached_at <= w.published_at + interval '30 minutes') as regions_reached30
    from warnings w join warning_recipients r on r.warning_id = w.id and r.kind = 'responsible'
    where w.published_at between ${from} and ${to} and w.msg_type <> 'Cancel' ${subtree ? sql`and w.region_code between ${subtree[0]} and ${subtree[1]}` : sql``}
    group by w.id, w.headline, w.level, w.published_at order by w.published_at desc limit 500`.execute(db);
  const warnings = rows.rows.map((r) => ({ id: String(r.id), headline: String(r.headline), level: (r.level as 1 | null) ?? null, publishedAt: iso(r.published_at as Date), persons: n(r.persons), reached5: n(r.reached5), reached15: n(r.reached15), reached30: n(r.reached30), ack5: n(r.ack5), ack15: n(r.ack15), ack30: n(r.ack30), regions: n(r.regions), regionsReached30: n(r.regions_reached30) }));
  const sum = (k: string) => rows.rows.reduce((s, r) => s + n(r[k]), 0);
  const persons = sum('persons');
  const regions = sum('regions');
  const personCoverage = persons ? sum('reached30') / persons : null;
  const regionCoverage = regions ? sum('regions_reached30') / regions : null;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    target: COVERAGE_TARGET,
    warnings,
    overall: { warnings: warnings.length, persons, reached5: sum('reached5'), reached15: sum('reached15'), reached30: sum('reached30'), ack5: sum('ack5'), ack15: sum('ack15'), ack30: sum('ack30'), regions, regionsReached30: sum('regions_reached30'), personCoverage, regionCoverage, met: personCoverage === null ? null : personCoverage >= COVERAGE_TARGET && (regionCoverage ?? 0) >= COVERAGE_TARGET },
  };
}
