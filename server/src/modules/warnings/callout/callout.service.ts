import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import {
  WARNING_LEVELS,
  type CalloutAck,
  type CalloutBoard,
  type CalloutFeedbackInput,
  type CalloutPolicy,
  type CalloutRecall,
  type CoverageQuery,
  type MyCallout,
  type MyCalloutQuery,
  type RecipientListQuery,
  type WarningLevel,
  type Webhook,
  type WebhookCreate,
} from '@shouwang/contracts';
import { can, requirePermission, type Actor } from '../../../foundation/auth/actor.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import { looksLikeImage, photoInvalid } from '../../../foundation/http/image-signature.js';
import { normalizeRegionCode, subtreeRange } from '../../../foundation/scope/region-code.js';
import { scopeAllows } from '../../../foundation/scope/scope.js';
import type { AckBatcher } from './ack-batcher.js';
import { acknowledge } from './callout-acks.js';
import { boardOf, coverageOf, stateWhere, toRecipients } from './callout-board.js';
import { resolveCalloutPolicy } from './callout-policy.js';
import { CALLOUT_CHANGED_EVENT, pushToApp, scheduleDispatch } from './callout-writer.js';
import { attachmentNotFound, calloutClosed, notYourCallout, recipientNotFound, regionNotFound, webhookNotFound } from './callout.errors.js';
import type { CalloutTables } from './callout.tables.js';

type RegionNames = (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
type WarningRef = { id: string; region_code: string; published_at: Date | null; level: number | null; headline: string };
const c = (db: Kysely<FoundationTables>) => moduleDb<CalloutTables>(db);

/**
 * The people side of a warning (C5): the live board, each person's answer and feedback, the duty
 * officer's re-call and phone-recorded acknowledgement, coverage, the region's policy and webhooks.
 */
export function createCalloutService(deps: { data: DataLayer; acks: AckBatcher; regionNames: RegionNames; warningInScope: (db: Kysely<FoundationTables>, id: string) => Promise<WarningRef> }) {
  const { data } = deps;

  async function recipientRow(db: Kysely<FoundationTables>, id: string) {
    const row = await c(db).selectFrom('warning_recipients').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw recipientNotFound(id);
    return row;
  }
  async function one(db: Kysely<FoundationTables>, id: string) {
    return (await toRecipients(db, [await recipientRow(db, id)], deps.regionNames))[0]!;
  }
  /** A recipient acts on their own call-out; anyone else needs warning.write over its region (the duty officer). */
  function mayActFor(actor: Actor, row: { user_id: string | null; region_code: string }): 'self' | 'officer' {
    if (row.user_id && row.user_id === actor.id) return 'self';
    if (can(actor, 'warning.write') && scopeAllows(actor.scope, row.region_code)) return 'officer';
    throw notYourCallout();
  }

  return {
    async board(actor: Actor, warningId: string): Promise<CalloutBoard> {
      requirePermission(actor, 'warning.read');
      const db = data.read(actor);
      const w = await deps.warningInScope(db, warningId);
      return { warningId, publishedAt: w.published_at?.toISOString() ?? null, ...(await boardOf(db, warningId, w.published_at)) };
    },

    async recipients(actor: Actor, warningId: string, q: z.output<typeof RecipientListQuery>) {
      requirePermission(actor, 'warning.read');
      const db = data.read(actor);
      await deps.warningInScope(db, warningId);
      let query = c(db).selectFrom('warning_recipients as r').where('r.warning_id', '=', warningId).where('r.kind', '=', q.kind);
      if (q.state) query = query.where(stateWhere(q.state));
      if (q.regionLevel) query = query.where('r.region_level', '=', q.regionLevel);
      if (q.regionCode) query = query.where((eb) => eb.between('r.region_code', ...subtreeRange(normalizeRegionCode(q.regionCode ?? ''))));
      if (q.q) query = query.where((eb) => eb.or([eb('r.name', 'like', `%${q.q}%`), eb('r.phone', 'like', `%${q.q}%`), eb('r.post', 'like', `%${q.q}%`)]));
      const [rows, total] = await Promise.all([
        query.selectAll('r').orderBy('r.region_level').orderBy('r.region_code').orderBy('r.name').orderBy('r.id').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await toRecipients(db, rows, deps.regionNames), total: Number(total.n) };
    },

    /** The call-outs addressed to the signed-in user (the warning itself may be issued above their region). */
    async mine(actor: Actor, q: z.output<typeof MyCalloutQuery>): Promise<{ items: MyCallout[]; total: number }> {
      const db = data.read(actor);
      let query = c(db).selectFrom('warning_recipients').where('user_id', '=', actor.id);
      if (q.open === 'true') query = query.where('stopped_at', 'is', null).where((eb) => eb.or([eb('acknowledged_at', 'is', null), eb('feedback_at', 'is', null)]));
      const [rows, total] = await Promise.all([
        query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const recipients = await toRecipients(db, rows, deps.regionNames);
      const ids = [...new Set(rows.map((r) => r.warning_id))];
      // Read as facts about the user's own call-out: the warning's text is what they were sent.
      const warnings = ids.length ? (await sql<{ id: string; headline: string; level: number | null; type_code: string; type_name: string; instruction: string; description: string; published_at: Date | null; status: string }>`select id, headline, level, type_code, type_name, instruction, description, published_at, status from warnings where id = any(${ids}::uuid[])`.execute(db)).rows : [];
      const items = recipients.map((recipient) => {
        const w = warnings.find((x) => x.id === recipient.warningId)!;
        const level = w.level as WarningLevel | null;
        return { recipient, warning: { id: w.id, headline: w.headline, level, colour: level ? WARNING_LEVELS[level].colour : null, type: { code: w.type_code, name: w.type_name }, instruction: w.instruction, description: w.description, publishedAt: w.published_at?.toISOString() ?? null, status: w.status } };
      });
      return { items, total: Number(total.n) };
    },

    /** 已读: the person opened the call-out in the app (not yet an acknowledgement). */
    markRead(actor: Actor, id: string) {
      return data.write(actor, async (uow) => {
        const row = await recipientRow(uow.db, id);
        if (row.user_id !== actor.id) throw notYourCallout();
        await c(uow.db).updateTable('warning_recipients').set((eb) => ({ read_at: eb.fn.coalesce('read_at', sql<Date>`${uow.now}::timestamptz`), reached_at: eb.fn.coalesce('reached_at', sql<Date>`${uow.now}::timestamptz`) })).where('id', '=', id).execute();
        uow.emit(CALLOUT_CHANGED_EVENT, row.region_code, { warningId: row.warning_id });
        return one(uow.db, id);
      });
    },

    /** 收到: by the person in the app, or recorded by the duty officer after reaching them by phone. */
    async acknowledge(actor: Actor, id: string, body: z.output<typeof CalloutAck>) {
      const db = data.read(actor);
      const row = await recipientRow(db, id);
      const who = mayActFor(actor, row);
      if (row.stopped_at && !row.acknowledged_at) throw calloutClosed(row.stop_reason ?? '');
      if (row.acknowledged_at) return one(db, id);
      await deps.acks.submit({ recipientId: id, via: who === 'self' ? 'app' : 'duty_phone', by: actor.name, note: body.note || null, person: { id: actor.id, name: actor.name } });
      const after = await one(db, id);
      // Stopped (cancelled, superseded) between the check and the write: the answer was not taken.
      if (after.stoppedAt && !after.acknowledgedAt) throw calloutClosed(after.stopReason ?? '');
      return after;
    },

    /** 反馈: what was done, with up to four photos; by the person or the duty officer on their behalf. */
    feedback(actor: Actor, id: string, body: z.output<typeof CalloutFeedbackInput>) {
      return data.write(actor, async (uow) => {
        const row = await recipientRow(uow.db, id);
        const who = mayActFor(actor, row);
        if (row.kind !== 'responsible') throw notYourCallout();
        if (!row.acknowledged_at) await acknowledge(uow, [id], who === 'self' ? 'app' : 'duty_phone', actor.name, null);
        const attachmentIds: string[] = [];
        for (const photo of body.photos) {
          const bytes = Buffer.from(photo.dataBase64, 'base64');
          if (!looksLikeImage(bytes, photo.contentType)) throw photoInvalid(photo.name);
          const aid = randomUUID();
          await c(uow.db).insertInto('warning_attachments').values({ id: aid, recipient_id: id, region_code: row.region_code, name: photo.name, content_type: photo.contentType, size: bytes.length, data: bytes }).execute();
          attachmentIds.push(aid);
        }
        const feedback = { commanderOnDuty: body.commanderOnDuty, villagesAffected: body.villagesAffected, peopleTransferred: body.peopleTransferred, measures: body.measures, note: body.note, attachmentIds: [...(row.feedback?.attachmentIds ?? []), ...attachmentIds], by: actor.name };
        await c(uow.db).updateTable('warning_recipients').set({ feedback: JSON.stringify(feedback), feedback_at: uow.now, next_due_at: null }).where('id', '=', id).execute();
        const after = await one(uow.db, id);
        uow.audit({ action: 'warning.callout-feedback', entity: 'warning_recipient', entityId: id, regionCode: row.region_code, before: { feedback: row.feedback }, after: { warningId: row.warning_id, name: row.name, feedback } });
        uow.emit(CALLOUT_CHANGED_EVENT, row.region_code, { warningId: row.warning_id });
        return after;
      });
    },

    /** One-click re-call from the board: a new SMS or voice call now (and the app push again). */
    recall(actor: Actor, id: string, body: z.output<typeof CalloutRecall>) {
      requirePermission(actor, 'warning.write');
      return data.write(actor, async (uow) => {
        const row = await recipientRow(uow.db, id);
        if (row.stopped_at) throw calloutClosed(row.stop_reason ?? '');
        const w = await deps.warningInScope(uow.db, row.warning_id).catch(() => null);
        const warning = w ?? (await sql<WarningRef>`select id, region_code, published_at, level, headline from warnings where id = ${row.warning_id}`.execute(uow.db)).rows[0]!;
        const attempt = await c(uow.db).selectFrom('warning_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('recipient_id', '=', id).where('channel', '=', body.channel).executeTakeFirstOrThrow();
        await c(uow.db).insertInto('warning_deliveries').values({ warning_id: row.warning_id, recipient_id: id, region_code: row.region_code, channel: body.channel, address: row.phone, state: 'queued', attempt: Number(attempt.n) + 1, queued_at: uow.now, due_at: uow.now }).execute();
        if (row.user_id) pushToApp(uow, { id: warning.id, regionCode: warning.region_code, level: warning.level, headline: warning.headline }, [row.user_id]);
        await scheduleDispatch(uow, row.warning_id, warning.region_code);
        uow.audit({ action: 'warning.callout-recalled', entity: 'warning_recipient', entityId: id, regionCode: row.region_code, after: { warningId: row.warning_id, name: row.name, channel: body.channel } });
        uow.emit(CALLOUT_CHANGED_EVENT, row.region_code, { warningId: row.warning_id });
        return one(uow.db, id);
      });
    },

    async attachment(actor: Actor, recipientId: string, attachmentId: string) {
      const db = data.read(actor);
      const row = await recipientRow(db, recipientId);
      if (row.user_id !== actor.id) requirePermission(actor, 'warning.read');
      const a = await c(db).selectFrom('warning_attachments').select(['name', 'content_type', 'data']).where('id', '=', attachmentId).where('recipient_id', '=', recipientId).executeTakeFirst();
      if (!a) throw attachmentNotFound(attachmentId);
      return a;
    },

    async coverage(actor: Actor, q: z.output<typeof CoverageQuery>) {
      requirePermission(actor, 'warning.read');
      const to = q.to ? new Date(q.to) : new Date();
      const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * 86_400_000);
      const root = normalizeRegionCode(q.regionCode ?? actor.regionCode);
      if (!scopeAllows(actor.scope, root)) throw regionNotFound(root);
      return coverageOf(data.read(actor), from, to, subtreeRange(root));
    },

    async policy(actor: Actor, regionCode: string | undefined) {
      requirePermission(actor, 'warning.read');
      const code = normalizeRegionCode(regionCode ?? actor.regionCode);
      if (!scopeAllows(actor.scope, code)) throw regionNotFound(code);
      const r = await resolveCalloutPolicy(data.read(actor), code);
      return { regionCode: r.from, policy: r.policy, inherited: r.from !== code, updatedBy: r.updatedBy, updatedAt: r.updatedAt?.toISOString() ?? null };
    },

    async setPolicy(actor: Actor, regionCode: string | undefined, policy: CalloutPolicy) {
      requirePermission(actor, 'duty.manage');
      const code = normalizeRegionCode(regionCode ?? actor.regionCode);
      if (!scopeAllows(actor.scope, code)) throw regionNotFound(code);
      await data.write(actor, async (uow) => {
        const before = await resolveCalloutPolicy(uow.db, code);
        await c(uow.db)
          .insertInto('warning_callout_policies')
          .values({ region_code: code, policy: JSON.stringify(policy), updated_by: actor.name, updated_at: uow.now })
          .onConflict((oc) => oc.column('region_code').doUpdateSet({ policy: JSON.stringify(policy), updated_by: actor.name, updated_at: uow.now }))
          .execute();
        uow.audit({ action: 'warning.callout-policy-set', entity: 'warning_callout_policy', entityId: code, regionCode: code, before: before.policy, after: policy });
      });
      return this.policy(actor, code);
    },

    async webhooks(actor: Actor): Promise<Webhook[]> {
      requirePermission(actor, 'warning.read');
      const rows = await c(data.read(actor)).selectFrom('warning_webhooks').selectAll().where('active', '=', true).orderBy('created_at').execute();
      return rows.map(toWebhook);
    },
    createWebhook(actor: Actor, body: z.output<typeof WebhookCreate>) {
      requirePermission(actor, 'duty.manage');
      return data.write(actor, async (uow) => {
        const code = normalizeRegionCode(body.regionCode ?? actor.regionCode);
        if (!scopeAllows(actor.scope, code)) throw regionNotFound(code);
        const row = await c(uow.db).insertInto('warning_webhooks').values({ region_code: code, name: body.name, url: body.url, secret: body.secret, min_level: body.minLevel, active: body.active, created_at: uow.now, updated_at: uow.now }).returningAll().executeTakeFirstOrThrow();
        const hook = toWebhook(row);
        uow.audit({ action: 'warning.webhook-created', entity: 'warning_webhook', entityId: hook.id, regionCode: code, after: hook });
        return hook;
      });
    },
    removeWebhook(actor: Actor, id: string) {
      requirePermission(actor, 'duty.manage');
      return data.write(actor, async (uow) => {
        const row = await c(uow.db).updateTable('warning_webhooks').set({ active: false, updated_at: uow.now }).where('id', '=', id).where('active', '=', true).returningAll().executeTakeFirst();
        if (!row) throw webhookNotFound(id);
        const hook = toWebhook(row);
        uow.audit({ action: 'warning.webhook-removed', entity: 'warning_webhook', entityId: id, regionCode: row.region_code, before: hook });
        return hook;
      });
    },
  };
}

function toWebhook(r: { id: string; region_code: string; name: string; url: string; min_level: number; active: boolean; created_at: Date }): Webhook {
  return { id: r.id, regionCode: r.region_code, name: r.name, url: r.url, minLevel: r.min_level as WarningLevel, active: r.active, createdAt: r.created_at.toISOString() };
}

export type CalloutService = ReturnType<typeof createCalloutService>;
