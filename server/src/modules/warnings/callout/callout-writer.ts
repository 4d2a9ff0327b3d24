import { sql, type Kysely } from 'kysely';
import type { CalloutPolicy } from '@shouwang/contracts';
import type { UnitOfWork } from '../../../foundation/db/data-layer.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import { parentCodeOf, subtreeRange } from '../../../foundation/scope/region-code.js';
import { resolveCalloutPolicy, rolesFor } from './callout-policy.js';
import { decide, firstDueAt } from './callout-rules.js';
import type { ContactsTables } from '../../contacts/index.js';
import type { CalloutTables } from './callout.tables.js';

export const DISPATCH_JOB = 'warnings.dispatch';
export const SWEEP_JOB = 'warnings.callout-sweep';
export const CALLOUT_EVENT = 'warnings.callout';
export const CALLOUT_STOPPED_EVENT = 'warnings.callout-stopped';
export const CALLOUT_CHANGED_EVENT = 'warnings.callout-changed';
const AUDIENCE_CHUNK = 1000;

export type PublishedWarning = { id: string; regionCode: string; level: number | null; headline: string; targetRegions: string[]; publishedAt: Date };
const dispatchKey = (warningId: string) => `${DISPATCH_JOB}:${warningId}`;
const sweepKey = (warningId: string) => `${SWEEP_JOB}:${warningId}`;

/** A region and every region above it: a webhook set up by the city hears its counties' warnings. */
function ancestry(code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c; c = parentCodeOf(c)) chain.push(c);
  return chain;
}

const db = (uow: UnitOfWork): Kysely<CalloutTables> => moduleDb<CalloutTables>(uow.db);

/** Runs the dispatcher for a warning now (it finds everything queued and due). */
export async function scheduleDispatch(uow: UnitOfWork, warningId: string, regionCode: string, runAt = uow.now) {
  await uow.schedule({ kind: DISPATCH_JOB, runAt, payload: { warningId }, regionCode, dedupeKey: `${dispatchKey(warningId)}:${runAt.getTime()}` });
}

/** Pushes the call-out to the named users' live connections: small frames, one per thousand people. */
export function pushToApp(uow: UnitOfWork, w: { id: string; regionCode: string; level: number | null; headline: string }, userIds: string[]) {
  for (let i = 0; i < userIds.length; i += AUDIENCE_CHUNK) {
    uow.emit(CALLOUT_EVENT, w.regionCode, { warningId: w.id, level: w.level, headline: w.headline }, userIds.slice(i, i + AUDIENCE_CHUNK));
  }
}

/**
 * Publication starts the call-out, set-based in the publishing transaction: the roster persons of the
 * target divisions' subtrees (and of the issuing region itself: the same-level leader is called first)
 * whose roles the level calls become recipients with an acknowledgement code; public subscribers of the
 * targets get the SMS when the level says so; the emergency broadcast of each target division and the
 * webhook subscribers are queued; app users are pushed at once. The read-timeout sweep is scheduled.
 */
export async function startCallout(uow: UnitOfWork, w: PublishedWarning): Promise<{ responsible: number; public: number }> {
  const { policy } = await resolveCalloutPolicy(uow.db, w.regionCode);
  const roles = rolesFor(policy, w.level);
  const targets = w.targetRegions.length ? w.targetRegions : [w.regionCode];
  const inTargets = (column: string) =>
    sql.join(
      targets.map((t) => {
        const [lo, hi] = subtreeRange(t);
        return sql`${sql.ref(column)} between ${lo} and ${hi}`;
      }),
      sql` or `,
    );
  const now = uow.now;
  const due = firstDueAt(policy, w.publishedAt);
  let responsible = 0;
  if (roles.length) {
    const res = await sql`
      insert into warning_recipients (warning_id, region_code, region_level, kind, contact_id, user_id, name, post, role, phone, ack_code, step, next_due_at, created_at)
      select ${w.id}::uuid, c.region_code, r.level, 'responsible', c.id, c.user_id, c.name, c.post,
             (select x from jsonb_array_elements_text(c.roles) x where x = any(${roles}::text[]) limit 1),
             c.phone, lpad(floor(random() * 1000000)::int::text, 6, '0'), 0, ${due}::timestamptz, ${now}::timestamptz
      from contacts c join regions r on r.code = c.region_code
      where c.active and c.roles ?| ${roles}::text[] and (${inTargets('c.region_code')} or c.region_code = ${w.regionCode})`.execute(uow.db);
    responsible = Number(res.numAffectedRows ?? 0);
  }
  let publicCount = 0;
  if (w.level && policy.publicSmsLevels.includes(w.level as 1)) {
    const res = await sql`
      insert into warning_recipients (warning_id, region_code, region_level, kind, name, post, role, phone, step, created_at)
      select distinct on (s.phone) ${w.id}::uuid, s.region_code, r.level, 'public', '公众', '', 'public', s.phone, 0, ${now}::timestamptz
      from warning_subscribers s join regions r on r.code = s.region_code
      where ${inTargets('s.region_code')}
      order by s.phone, s.region_code`.execute(uow.db);
    publicCount = Number(res.numAffectedRows ?? 0);
  }
  // One SMS per recipient; the app push for those with an account is already on its way (sent).
  await sql`
    insert into warning_deliveries (warning_id, recipient_id, region_code, channel, address, state, queued_at, due_at, sent_at)
    select warning_id, id, region_code, 'sms', phone, 'queued', ${now}::timestamptz, ${now}::timestamptz, null::timestamptz from warning_recipients where warning_id = ${w.id}::uuid
    union all
    select warning_id, id, region_code, 'app', user_id::text, 'sent', ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz from warning_recipients where warning_id = ${w.id}::uuid and user_id is not null`.execute(uow.db);
  if (w.level && policy.broadcastLevels.includes(w.level as 1)) {
    await db(uow)
      .insertInto('warning_deliveries')
      .values(targets.map((t) => ({ warning_id: w.id, recipient_id: null, region_code: t, channel: 'broadcast', address: t, state: 'queued', queued_at: now, due_at: now })))
      .execute();
  }
  await sql`
    insert into warning_deliveries (warning_id, webhook_id, region_code, channel, address, state, queued_at, due_at)
    select ${w.id}::uuid, h.id, h.region_code, 'webhook', h.url, 'queued', ${now}::timestamptz, ${now}::timestamptz
    from warning_webhooks h
    where h.active and ${w.level ?? 4}::int <= h.min_level and h.region_code = any(${ancestry(w.regionCode)}::text[])`.execute(uow.db);
  const users = await db(uow).selectFrom('warning_recipients').select('user_id').where('warning_id', '=', w.id).where('user_id', 'is not', null).execute();
  pushToApp(uow, w, users.map((u) => u.user_id!));
  await scheduleDispatch(uow, w.id, w.regionCode);
  if (responsible) await uow.schedule({ kind: SWEEP_JOB, runAt: due, payload: { warningId: w.id }, regionCode: w.regionCode, dedupeKey: sweepKey(w.id) });
  return { responsible, public: publicCount };
}

/** Cancellation or an update stops what is still pending: no more calls, queued messages withdrawn. */
export async function stopCallout(uow: UnitOfWork, warningId: string, reason: string): Promise<number> {
  const stopped = await db(uow)
    .updateTable('warning_recipients')
    .set({ stopped_at: uow.now, stop_reason: reason, next_due_at: null })
    .where('warning_id', '=', warningId)
    .where('stopped_at', 'is', null)
    .where((eb) => eb.or([eb('acknowledged_at', 'is', null), eb('feedback_at', 'is', null)]))
    .returning('user_id')
    .execute();
  await db(uow).updateTable('warning_deliveries').set({ state: 'cancelled', reason }).where('warning_id', '=', warningId).where('state', '=', 'queued').execute();
  await uow.cancelJob(sweepKey(warningId));
  const users = stopped.map((s) => s.user_id).filter((u): u is string => !!u);
  for (let i = 0; i < users.length; i += AUDIENCE_CHUNK) uow.emit(CALLOUT_STOPPED_EVENT, uow.actor.regionCode, { warningId, reason }, users.slice(i, i + AUDIENCE_CHUNK));
  return stopped.length;
}

/**
 * Advances every recipient of one warning whose timer fell due: voice calls, superiors called, feedback
 * chased (REFERENCE §3.5), set-based, then schedules itself for the next timer.
 */
export async function sweepCallout(uow: UnitOfWork, w: { id: string; regionCode: string; level: number | null; headline: string; publishedAt: Date }, policy: CalloutPolicy) {
  const d = db(uow);
  const due = await moduleDb<CalloutTables & ContactsTables>(uow.db)
    .selectFrom('warning_recipients as r')
    .leftJoin('contacts as c', 'c.id', 'r.contact_id')
    .select(['r.id', 'r.step', 'r.acknowledged_at', 'r.feedback_at', 'r.created_at', 'r.phone', 'r.region_code', 'r.name', 'c.superior_id'])
    .where('r.warning_id', '=', w.id)
    .where('r.next_due_at', '<=', uow.now)
    .where('r.stopped_at', 'is', null)
    .orderBy('r.next_due_at')
    .limit(5000)
    .execute();
  const voice: { recipient_id: string; region_code: string; address: string }[] = [];
  const escalate: { from: string; superiorId: string; name: string; region: string }[] = [];
  const groups = new Map<string, string[]>();
  for (const r of due) {
    const startedAt = r.created_at > w.publishedAt ? r.created_at : w.publishedAt;
    const next = decide({ step: r.step, acknowledged: !!r.acknowledged_at, feedbackGiven: !!r.feedback_at, hasSuperior: !!r.superior_id, startedAt }, policy);
    if (next.action === 'voice_call' || next.action === 'chase_feedback') voice.push({ recipient_id: r.id, region_code: r.region_code, address: r.phone });
    if (next.action === 'call_superior') escalate.push({ from: r.id, superiorId: r.superior_id!, name: r.name, region: r.region_code });
    const key = `${next.step}|${next.nextDueAt?.toISOString() ?? ''}|${next.action === 'chase_feedback'}|${next.action === 'call_superior'}`;
    groups.set(key, [...(groups.get(key) ?? []), r.id]);
  }
  for (const [key, ids] of groups) {
    const [step, nextDue, chased, escalated] = key.split('|');
    await d
      .updateTable('warning_recipients')
      .set({ step: Number(step), next_due_at: nextDue ? new Date(nextDue) : null, ...(chased === 'true' && { feedback_overdue: true }), ...(escalated === 'true' && { escalated_at: uow.now }) })
      .where('id', 'in', ids)
      .execute();
  }
  if (voice.length) await d.insertInto('warning_deliveries').values(voice.map((v) => ({ ...v, warning_id: w.id, channel: 'voice', state: 'queued', queued_at: uow.now, due_at: uow.now }))).execute();
  if (escalate.length) await callSuperiors(uow, w, policy, escalate);
  if (voice.length || escalate.length) await scheduleDispatch(uow, w.id, w.regionCode);
  const next = await d.selectFrom('warning_recipients').select((eb) => eb.fn.min('next_due_at').as('at')).where('warning_id', '=', w.id).where('stopped_at', 'is', null).executeTakeFirst();
  const nextAt = next?.at ? new Date(next.at) : null;
  if (nextAt) await uow.schedule({ kind: SWEEP_JOB, runAt: due.length === 5000 ? uow.now : nextAt, payload: { warningId: w.id }, regionCode: w.regionCode, dedupeKey: `${sweepKey(w.id)}:${nextAt.getTime()}` });
  return { advanced: due.length, voiceCalls: voice.length, superiorsCalled: escalate.length };
}

/** The superior becomes a recipient of their own (unless already one), woken on every channel at once. */
async function callSuperiors(uow: UnitOfWork, w: { id: string; regionCode: string; level: number | null; headline: string }, policy: CalloutPolicy, list: { from: string; superiorId: string; name: string; region: string }[]) {
  const d = db(uow);
  const superiors = await sql<{ id: string; region_code: string; level: number; user_id: string | null; name: string; post: string; phone: string; roles: string[] }>`
    select c.id, c.region_code, r.level, c.user_id, c.name, c.post, c.phone, c.roles from contacts c join regions r on r.code = c.region_code
    where c.active and c.id = any(${[...new Set(list.map((l) => l.superiorId))]}::uuid[])
      and not exists (select 1 from warning_recipients x where x.warning_id = ${w.id} and x.contact_id = c.id)`.execute(uow.db);
  const due = new Date(uow.now.getTime() + policy.readTimeoutMin * 60_000);
  const users: string[] = [];
  for (const s of superiors.rows) {
    const from = list.find((l) => l.superiorId === s.id)!;
    const [row] = await d
      .insertInto('warning_recipients')
      .values({ warning_id: w.id, region_code: s.region_code, region_level: s.level, kind: 'responsible', contact_id: s.id, user_id: s.user_id, name: s.name, post: s.post, role: s.roles[0] ?? 'superior', phone: s.phone, ack_code: String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'), step: 1, next_due_at: due, escalated_from: from.from, created_at: uow.now })
      .returning('id')
      .execute();
    await d
      .insertInto('warning_deliveries')
      .values([
        { warning_id: w.id, recipient_id: row!.id, region_code: s.region_code, channel: 'sms', address: s.phone, state: 'queued', queued_at: uow.now, due_at: uow.now },
        { warning_id: w.id, recipient_id: row!.id, region_code: s.region_code, channel: 'voice', address: s.phone, state: 'queued', queued_at: uow.now, due_at: uow.now },
        ...(s.user_id ? [{ warning_id: w.id, recipient_id: row!.id, region_code: s.region_code, channel: 'app', address: s.user_id, state: 'sent', queued_at: uow.now, due_at: uow.now, sent_at: uow.now }] : []),
      ])
      .execute();
    if (s.user_id) users.push(s.user_id);
    uow.audit({ action: 'warning.callout-escalated', entity: 'warning', entityId: w.id, regionCode: s.region_code, after: { unanswered: from.name, unansweredRecipientId: from.from, superior: s.name, superiorRecipientId: row!.id } });
    uow.emit('warnings.callout-escalated', s.region_code, { warningId: w.id, recipientId: row!.id, superior: s.name, unanswered: from.name });
  }
  pushToApp(uow, w, users);
}
