import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import {
  WARNING_LEVELS,
  toCapDateTime,
  type CapAlert,
  type CapProblem,
  type Warning,
  type WarningCreate,
  type WarningFromAlarm,
  type WarningImportResult,
  type WarningLevel,
  type WarningListQuery,
  type WarningStatus,
  type WarningUpdate,
  type PublicWarning,
  type PublicWarningQuery,
} from '@shouwang/contracts';
import { requirePermission, systemActor, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { AUTH_TEXT } from '../../foundation/http/common-errors.js';
import { forbidden } from '../../foundation/http/errors.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { normalizeRegionCode, subtreeRange } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { buildCap } from './cap/build-cap.js';
import { startCallout, stopCallout } from './callout/callout-writer.js';
import { capSeverityForLevel, capUrgencyForLevel, levelForCapSeverity } from './cap/levels.js';
import { parseCap } from './cap/parse-cap.js';
import { dateOfCap, atomFeed, primaryInfo, regionCodesOfArea, warningToCap } from './warning-cap.js';
import { allowedFrom, canTake, mayReview, type WarningStep } from './warning-lifecycle.js';
import { draftFromAlarm, type AlarmFacts } from './warning-from-alarm.js';
import { alarmNotFound, capIdentityTaken, capInvalid, capNotAlert, regionNotFound, selfApproval, warningNotFound, warningStatusInvalid } from './warnings.errors.js';
import type { WarningsTables } from './warnings.tables.js';

type W = Kysely<WarningsTables>;
type Row = Selectable<WarningsTables['warnings']>;
type Create = z.output<typeof WarningCreate>;
type Update = z.output<typeof WarningUpdate>;
type ListQuery = z.output<typeof WarningListQuery>;

const warningsDb = (db: Kysely<FoundationTables>): W => moduleDb<WarningsTables>(db);
const json = (v: unknown) => JSON.stringify(v);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const person = (id: string | null, name: string | null) => (name === null ? null : { id, name });

function toWarning(r: Row, nextId: string | null): Warning {
  const level = r.level as WarningLevel | null;
  return {
    id: r.id,
    regionCode: r.region_code,
    status: r.status as WarningStatus,
    source: r.source as Warning['source'],
    alarmId: r.alarm_id,
    level,
    colour: level ? WARNING_LEVELS[level].colour : null,
    type: { code: r.type_code, name: r.type_name },
    headline: r.headline,
    description: r.description,
    instruction: r.instruction,
    cap: {
      identifier: r.identifier,
      sender: r.sender,
      sent: iso(r.sent),
      msgType: r.msg_type as Warning['cap']['msgType'],
      event: r.event,
      category: r.category as Warning['cap']['category'],
      urgency: r.urgency as Warning['cap']['urgency'],
      severity: r.severity as Warning['cap']['severity'],
      certainty: r.certainty as Warning['cap']['certainty'],
      effective: iso(r.effective),
      onset: iso(r.onset),
      expires: iso(r.expires),
      references: r.cap_references,
    },
    areas: { regionCodes: r.target_regions, polygons: r.polygons, circles: r.circles },
    version: r.version,
    previousId: r.previous_id,
    nextId,
    author: person(r.author_id, r.author_name),
    reviewer: person(r.reviewer_id, r.reviewer_name),
    rejectionReason: r.rejection_reason,
    cancelReason: r.cancel_reason,
    submittedAt: iso(r.submitted_at),
    reviewedAt: iso(r.reviewed_at),
    publishedAt: iso(r.published_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Rows → warnings with the id of the version that replaced each (a published or cancelling successor). */
async function withNext(db: W, rows: Row[]): Promise<Warning[]> {
  if (!rows.length) return [];
  const next = await db
    .selectFrom('warnings')
    .select(['id', 'previous_id'])
    .where('previous_id', 'in', rows.map((r) => r.id))
    .where('status', 'in', ['published', 'cancelled', 'superseded'])
    .execute();
  return rows.map((r) => toWarning(r, next.find((n) => n.previous_id === r.id)?.id ?? null));
}

const IDENTIFIER_TIME = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
/** The platform's CAP sender for an issuing region (CAP: no spaces, commas, < or &). */
export const senderOf = (regionCode: string) => `cn.shouwang.${regionCode}`;

/**
 * Warnings (C4): drafting, review by a second person, publication, updates and cancellations as new
 * versions; CAP 1.2 out (H1) and CAP import in.
 */
export function createWarningsService(deps: { data: DataLayer; regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>; alarmOf: (actor: Actor, id: string) => Promise<AlarmFacts | null> }) {
  const { data } = deps;
  const feedActor = systemActor('warnings-feed');

  const read = (actor: Actor) => {
    requirePermission(actor, 'warning.read');
    return warningsDb(data.read(actor));
  };
  async function rowIn(db: W, id: string): Promise<Row> {
    const row = await db.selectFrom('warnings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw warningNotFound(id);
    return row;
  }
  async function one(db: W, id: string): Promise<Warning> {
    return (await withNext(db, [await rowIn(db, id)]))[0]!;
  }
  function step(row: Row, s: WarningStep) {
    if (!canTake(s, row.status as WarningStatus)) throw warningStatusInvalid(s, row.status as WarningStatus, allowedFrom(s));
  }

  /** Target divisions and the issuing region must exist and lie inside the actor's subtree. */
  async function regionsInScope(uow: UnitOfWork, codes: string[]): Promise<string[]> {
    const wanted = [...new Set(codes.map(normalizeRegionCode))];
    if (!wanted.length) return [];
    for (const c of wanted) if (!scopeAllows(uow.actor.scope, c)) throw regionNotFound(c);
    const found = await deps.regionNames(uow.db, wanted);
    const missing = wanted.find((c) => !found.has(c));
    if (missing) throw regionNotFound(missing);
    return wanted;
  }

  function capFields(input: { level: WarningLevel; type: { name: string }; event?: string | undefined; urgency?: string | undefined }) {
    return {
      event: input.event ?? input.type.name,
      severity: capSeverityForLevel(input.level),
      urgency: input.urgency ?? capUrgencyForLevel(input.level) ?? 'Expected',
    };
  }

  function record(uow: UnitOfWork, action: string, w: Warning, before?: Warning, extra?: Record<string, unknown>) {
    uow.audit({ action: `warning.${action}`, entity: 'warning', entityId: w.id, regionCode: w.regionCode, ...(before && { before }), after: extra ? { ...w, ...extra } : w });
  }
  function emit(uow: UnitOfWork, type: string, w: Warning) {
    uow.emit(`warnings.${type}`, w.regionCode, { id: w.id, status: w.status, level: w.level, version: w.version, previousId: w.previousId, source: w.source });
  }

  async function insertDraft(uow: UnitOfWork, regionCode: string, input: Create | (Update & Pick<Create, 'level' | 'type' | 'headline' | 'description' | 'instruction' | 'category' | 'certainty' | 'areas'>), chain?: { previous: Row; msgType: 'Update' }, alarmId: string | null = null) {
    const db = warningsDb(uow.db);
    const id = randomUUID();
    const targets = await regionsInScope(uow, input.areas.regionCodes);
    const cap = capFields(input);
    await db
      .insertInto('warnings')
      .values({
        id,
        region_code: regionCode,
        status: 'draft',
        source: alarmId ? 'alarm' : 'authored',
        alarm_id: alarmId,
        version: chain ? chain.previous.version + 1 : 1,
        previous_id: chain?.previous.id ?? null,
        level: input.level,
        type_code: input.type.code,
        type_name: input.type.name,
        headline: input.headline,
        description: input.description,
        instruction: input.instruction,
        identifier: `${regionCode}_${IDENTIFIER_TIME(uow.now)}_${id.slice(0, 8)}`,
        sender: senderOf(regionCode),
        sent: null,
        msg_type: chain?.msgType ?? 'Alert',
        event: cap.event,
        category: json(input.category),
        urgency: cap.urgency,
        severity: cap.severity,
        certainty: input.certainty,
        effective: input.effective ?? null,
        onset: input.onset ?? null,
        expires: input.expires ?? null,
        cap_references: json(chain ? [{ sender: chain.previous.sender, identifier: chain.previous.identifier, sent: referenceSent(chain.previous) }] : []),
        target_regions: json(targets),
        polygons: json(input.areas.polygons),
        circles: json(input.areas.circles),
        cap_alert: null,
        author_id: uow.actor.id,
        author_name: uow.actor.name,
        created_at: uow.now,
        updated_at: uow.now,
      })
      .execute();
    return one(db, id);
  }

  async function transition(actor: Actor, permission: 'warning.write' | 'warning.approve', id: string, s: WarningStep, work: (uow: UnitOfWork, db: W, row: Row) => Promise<Warning>) {
    requirePermission(actor, permission);
    return data.write(actor, async (uow) => {
      const db = warningsDb(uow.db);
      const row = await rowIn(db, id);
      step(row, s);
      return work(uow, db, row);
    });
  }

  return {
    /** The facts the call-out needs of a warning visible through the handle (else WARNING_NOT_FOUND). */
    async inScope(db: Kysely<FoundationTables>, id: string) {
      const row = await warningsDb(db).selectFrom('warnings').select(['id', 'region_code', 'published_at', 'level', 'headline', 'instruction', 'status']).where('id', '=', id).executeTakeFirst();
      if (!row) throw warningNotFound(id);
      return row;
    },
    /** A warning as its webhook subscribers receive it (JSON of the API's Warning). */
    async asJson(id: string) {
      const db = warningsDb(data.read(feedActor));
      return (await withNext(db, [await rowIn(db, id)]))[0]!;
    },

    async list(actor: Actor, q: ListQuery) {
      const db = read(actor);
      let query = db.selectFrom('warnings');
      if (q.status) query = query.where('status', '=', q.status);
      if (q.source) query = query.where('source', '=', q.source);
      if (q.level) query = query.where('level', '=', q.level);
      if (q.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(normalizeRegionCode(q.regionCode ?? ''))));
      const [rows, total] = await Promise.all([
        query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await withNext(db, rows), total: Number(total.n) };
    },
    get: (actor: Actor, id: string) => one(read(actor), id),

    /** The warning as a CAP 1.2 document; an imported one is written back from the alert it came as. */
    async cap(actor: Actor, id: string): Promise<string> {
      const db = read(actor);
      const row = await rowIn(db, id);
      if (row.cap_alert) return buildCap(row.cap_alert);
      const w = (await withNext(db, [row]))[0]!;
      // Names of the targets whatever the reader's own scope (the warning itself is already in scope).
      return buildCap(warningToCap(w, await deps.regionNames(data.read(feedActor), w.areas.regionCodes), new Date()));
    },

    /**
     * CAP for anyone: the Atom feed links every entry to its CAP document, and feed readers (other
     * platforms, broadcasters) do not sign in. Only issued messages (published, and the versions they
     * superseded or cancelled); drafts and warnings under review stay with the staff.
     */
    async publicCap(id: string): Promise<string> {
      const db = warningsDb(data.read(feedActor));
      const row = await db.selectFrom('warnings').select(['id', 'status']).where('id', '=', id).executeTakeFirst();
      if (!row || !['published', 'superseded', 'cancelled'].includes(row.status)) throw warningNotFound(id);
      return this.cap(feedActor, id);
    },

    /** The public page's list: warnings in force anywhere, without the names of the staff who wrote them. */
    async inForce(q: z.output<typeof PublicWarningQuery>): Promise<{ items: PublicWarning[]; total: number }> {
      const db = warningsDb(data.read(feedActor));
      let query = db.selectFrom('warnings').where('status', '=', 'published');
      if (q.level) query = query.where('level', '=', q.level);
      if (q.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(normalizeRegionCode(q.regionCode ?? ''))));
      const [rows, total] = await Promise.all([
        query.selectAll().orderBy('published_at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const warnings = await withNext(db, rows);
      const names = await deps.regionNames(data.read(feedActor), [...new Set(warnings.flatMap((w) => [w.regionCode, ...w.areas.regionCodes]))]);
      const items = warnings.map(({ author: _a, reviewer: _r, rejectionReason: _j, ...rest }) => ({
        ...rest,
        issuer: `${names.get(rest.regionCode) ?? rest.regionCode}应急管理局`,
        areaNames: rest.areas.regionCodes.map((c) => names.get(c) ?? c),
      }));
      return { items, total: Number(total.n) };
    },

    /** Public Atom feed: the warnings currently in force, every region, newest first. */
    async feed(): Promise<string> {
      const db = warningsDb(data.read(feedActor));
      const rows = await db.selectFrom('warnings').selectAll().where('status', '=', 'published').orderBy('published_at', 'desc').limit(200).execute();
      return atomFeed(await withNext(db, rows), new Date());
    },

    create(actor: Actor, input: Create) {
      requirePermission(actor, 'warning.write');
      return data.write(actor, async (uow) => {
        const [regionCode] = await regionsInScope(uow, [input.regionCode ?? actor.regionCode]);
        const w = await insertDraft(uow, regionCode!, input);
        record(uow, 'drafted', w);
        emit(uow, 'drafted', w);
        return w;
      });
    },

    /** A draft from a monitoring alarm the author can see (C4 intake); it then follows the usual review. */
    async createFromAlarm(actor: Actor, alarmId: string, input: z.output<typeof WarningFromAlarm>) {
      requirePermission(actor, 'warning.write');
      const alarm = await deps.alarmOf(actor, alarmId);
      if (!alarm) throw alarmNotFound(alarmId);
      const draft = draftFromAlarm(alarm, input);
      return data.write(actor, async (uow) => {
        const [regionCode] = await regionsInScope(uow, [draft.regionCode ?? actor.regionCode]);
        const w = await insertDraft(uow, regionCode!, { ...draft, instruction: draft.instruction }, undefined, alarm.id);
        record(uow, 'drafted', w, undefined, { alarmId: alarm.id });
        emit(uow, 'drafted', w);
        return w;
      });
    },

    update: (actor: Actor, id: string, p: Update) =>
      transition(actor, 'warning.write', id, 'edit', async (uow, db, row) => {
        const before = await one(db, id);
        const level = (p.level ?? row.level ?? 4) as WarningLevel;
        const type = p.type ?? { code: row.type_code, name: row.type_name };
        const targets = p.areas ? await regionsInScope(uow, p.areas.regionCodes) : undefined;
        await db
          .updateTable('warnings')
          .set({
            level,
            type_code: type.code,
            type_name: type.name,
            severity: capSeverityForLevel(level),
            ...(p.level !== undefined && p.urgency === undefined && { urgency: capUrgencyForLevel(level) ?? row.urgency }),
            ...(p.urgency !== undefined && { urgency: p.urgency }),
            ...(p.event !== undefined ? { event: p.event } : p.type !== undefined && row.event === row.type_name && { event: p.type.name }),
            ...(p.headline !== undefined && { headline: p.headline }),
            ...(p.description !== undefined && { description: p.description }),
            ...(p.instruction !== undefined && { instruction: p.instruction }),
            ...(p.category !== undefined && { category: json(p.category) }),
            ...(p.certainty !== undefined && { certainty: p.certainty }),
            ...(p.effective !== undefined && { effective: p.effective }),
            ...(p.onset !== undefined && { onset: p.onset }),
            ...(p.expires !== undefined && { expires: p.expires }),
            ...(p.areas !== undefined && { target_regions: json(targets), polygons: json(p.areas.polygons), circles: json(p.areas.circles) }),
            updated_at: uow.now,
          })
          .where('id', '=', id)
          .execute();
        const after = await one(db, id);
        record(uow, 'edited', after, before);
        emit(uow, 'changed', after);
        return after;
      }),

    submit: (actor: Actor, id: string) =>
      transition(actor, 'warning.write', id, 'submit', async (uow, db) => {
        await db.updateTable('warnings').set({ status: 'pending_review', submitted_at: uow.now, updated_at: uow.now }).where('id', '=', id).execute();
        const w = await one(db, id);
        record(uow, 'submitted', w);
        emit(uow, 'submitted', w);
        return w;
      }),

    /** Publishes a pending warning: never by its author. A new version supersedes the one it updates. */
    approve: (actor: Actor, id: string) =>
      transition(actor, 'warning.approve', id, 'approve', async (uow, db, row) => {
        if (!mayReview(row.author_id, actor.id)) throw selfApproval();
        if (row.previous_id) {
          const previous = await rowIn(db, row.previous_id);
          step(previous, 'revise');
          await db.updateTable('warnings').set({ status: 'superseded', updated_at: uow.now }).where('id', '=', previous.id).execute();
          await stopCallout(uow, previous.id, `已由第 ${row.version} 版更新`);
          record(uow, 'superseded', await one(db, previous.id));
        }
        await db
          .updateTable('warnings')
          .set({ status: 'published', reviewer_id: actor.id, reviewer_name: actor.name, reviewed_at: uow.now, published_at: uow.now, sent: uow.now, rejection_reason: null, updated_at: uow.now })
          .where('id', '=', id)
          .execute();
        const w = await one(db, id);
        const called = await startCallout(uow, { id, regionCode: w.regionCode, level: w.level, headline: w.headline, targetRegions: w.areas.regionCodes, publishedAt: uow.now });
        record(uow, 'published', w, undefined, { callout: called });
        emit(uow, 'published', w);
        return w;
      }),

    reject: (actor: Actor, id: string, reason: string) =>
      transition(actor, 'warning.approve', id, 'reject', async (uow, db, row) => {
        if (!mayReview(row.author_id, actor.id)) throw selfApproval();
        await db
          .updateTable('warnings')
          .set({ status: 'rejected', reviewer_id: actor.id, reviewer_name: actor.name, reviewed_at: uow.now, rejection_reason: reason, updated_at: uow.now })
          .where('id', '=', id)
          .execute();
        const w = await one(db, id);
        record(uow, 'rejected', w);
        emit(uow, 'rejected', w);
        return w;
      }),

    /** A new draft version of a published warning (CAP msgType Update); it supersedes it once approved. */
    revise: (actor: Actor, id: string, p: Update) =>
      transition(actor, 'warning.write', id, 'revise', async (uow, _db, row) => {
        const current = toWarning(row, null);
        const w = await insertDraft(
          uow,
          row.region_code,
          {
            level: p.level ?? current.level ?? 4,
            type: p.type ?? current.type,
            headline: p.headline ?? current.headline,
            description: p.description ?? current.description,
            instruction: p.instruction ?? current.instruction,
            event: p.event ?? (p.type ? undefined : current.cap.event),
            category: p.category ?? current.cap.category,
            urgency: p.urgency ?? current.cap.urgency,
            certainty: p.certainty ?? current.cap.certainty,
            effective: p.effective ?? current.cap.effective ?? undefined,
            onset: p.onset ?? current.cap.onset ?? undefined,
            expires: p.expires ?? current.cap.expires ?? undefined,
            areas: p.areas ?? current.areas,
          },
          { previous: row, msgType: 'Update' },
        );
        record(uow, 'revision-drafted', w);
        emit(uow, 'drafted', w);
        return w;
      }),

    /** Ends a published warning: a Cancel message referencing it is issued at once and it is superseded. */
    cancel: (actor: Actor, id: string, reason: string) =>
      transition(actor, 'warning.approve', id, 'cancel', async (uow, db, row) => {
        const newId = randomUUID();
        await db.updateTable('warnings').set({ status: 'superseded', updated_at: uow.now }).where('id', '=', id).execute();
        await db
          .insertInto('warnings')
          .values({
            ...row,
            id: newId,
            status: 'cancelled',
            version: row.version + 1,
            previous_id: row.id,
            identifier: `${row.region_code}_${IDENTIFIER_TIME(uow.now)}_${newId.slice(0, 8)}`,
            sender: row.source === 'import' ? senderOf(row.region_code) : row.sender,
            sent: uow.now,
            msg_type: 'Cancel',
            category: json(row.category),
            cap_references: json([{ sender: row.sender, identifier: row.identifier, sent: referenceSent(row) }]),
            target_regions: json(row.target_regions),
            polygons: json(row.polygons),
            circles: json(row.circles),
            cap_alert: null,
            source: 'authored',
            author_id: actor.id,
            author_name: actor.name,
            reviewer_id: actor.id,
            reviewer_name: actor.name,
            rejection_reason: null,
            cancel_reason: reason,
            submitted_at: uow.now,
            reviewed_at: uow.now,
            published_at: uow.now,
            created_at: uow.now,
            updated_at: uow.now,
          })
          .execute();
        const stopped = await stopCallout(uow, id, `预警已解除：${reason}`);
        record(uow, 'superseded', await one(db, id));
        const w = await one(db, newId);
        record(uow, 'cancelled', w, undefined, { calloutsStopped: stopped });
        emit(uow, 'cancelled', w);
        return w;
      }),

    /**
     * CAP in: a valid alert is stored as a published warning of the caller's region (source import), its
     * areas mapped to divisions where a geocode gives a GB/T 2260 code inside the caller's subtree (the
     * others stay in the kept alert). The same sender + identifier again returns the stored one (200).
     */
    async importCap(actor: Actor, xml: string): Promise<WarningImportResult> {
      if (actor.kind === 'user') requirePermission(actor, 'warning.write');
      if (actor.kind === 'token' && !actor.tokenScopes.has('warnings:import')) throw forbidden('AUTH_TOKEN_SCOPE', AUTH_TEXT.AUTH_TOKEN_SCOPE, { scope: 'warnings:import' });
      const parsed = parseCap(xml);
      if (!parsed.ok) throw capInvalid(parsed.problems);
      const alert = parsed.alert;
      if (!['Alert', 'Update', 'Cancel'].includes(alert.msgType)) throw capNotAlert(alert.msgType);
      return data.write(actor, async (uow) => {
        const db = warningsDb(uow.db);
        const existing = await db.selectFrom('warnings').selectAll().where('sender', '=', alert.sender).where('identifier', '=', alert.identifier).executeTakeFirst();
        if (existing) return { created: false, warning: (await withNext(db, [existing]))[0]!, notes: parsed.notes };
        const id = randomUUID();
        const row = await importedRow(uow, id, alert, parsed.notes);
        await translateUniqueViolation(db.insertInto('warnings').values(row).execute(), 'warnings_cap_identity_uq', () => capIdentityTaken(alert.sender, alert.identifier));
        // An imported Update or Cancel supersedes the stored messages it references.
        for (const ref of alert.references) {
          const prev = await db.selectFrom('warnings').select(['id', 'status']).where('sender', '=', ref.sender).where('identifier', '=', ref.identifier).executeTakeFirst();
          if (prev?.status === 'published') {
            await db.updateTable('warnings').set({ status: 'superseded', updated_at: uow.now }).where('id', '=', prev.id).execute();
            await stopCallout(uow, prev.id, alert.msgType === 'Cancel' ? '预警已解除' : '已由新消息更新');
            await db.updateTable('warnings').set({ previous_id: prev.id }).where('id', '=', id).where('previous_id', 'is', null).execute();
          }
        }
        const w = await one(db, id);
        const called = w.status === 'published' ? await startCallout(uow, { id, regionCode: w.regionCode, level: w.level, headline: w.headline, targetRegions: w.areas.regionCodes, publishedAt: uow.now }) : null;
        record(uow, 'imported', w, undefined, called ? { callout: called } : undefined);
        emit(uow, w.status === 'cancelled' ? 'cancelled' : 'published', w);
        return { created: true, warning: w, notes: parsed.notes };
      });
    },
  };

  async function importedRow(uow: UnitOfWork, id: string, alert: CapAlert, _notes: CapProblem[]) {
    const info = primaryInfo(alert);
    const wanted = [...new Set((info?.area ?? []).flatMap(regionCodesOfArea))].filter((c) => scopeAllows(uow.actor.scope, c));
    const names = wanted.length ? await deps.regionNames(uow.db, wanted) : new Map<string, string>();
    const known = wanted.filter((c) => names.has(c));
    const severity = info?.severity ?? 'Unknown';
    const eventCode = info?.eventCode[0];
    return {
      id,
      region_code: uow.actor.regionCode,
      status: alert.msgType === 'Cancel' ? 'cancelled' : 'published',
      source: 'import',
      version: 1,
      previous_id: null,
      level: levelForCapSeverity(severity),
      type_code: (eventCode?.value || info?.event || alert.msgType).slice(0, 100),
      type_name: (info?.event ?? alert.note ?? alert.msgType).slice(0, 200),
      headline: info?.headline ?? info?.event ?? alert.note ?? alert.identifier,
      description: info?.description ?? '',
      instruction: info?.instruction ?? '',
      identifier: alert.identifier,
      sender: alert.sender,
      sent: dateOfCap(alert.sent),
      msg_type: alert.msgType,
      event: info?.event ?? '',
      category: json(info?.category ?? []),
      urgency: info?.urgency ?? 'Unknown',
      severity,
      certainty: info?.certainty ?? 'Unknown',
      effective: dateOfCap(info?.effective),
      onset: dateOfCap(info?.onset),
      expires: dateOfCap(info?.expires),
      cap_references: json(alert.references),
      target_regions: json(known.sort()),
      polygons: json((info?.area ?? []).flatMap((a) => a.polygon)),
      circles: json((info?.area ?? []).flatMap((a) => a.circle)),
      cap_alert: json(alert),
      author_id: null,
      author_name: alert.info.find((i) => i.senderName)?.senderName ?? alert.sender,
      published_at: uow.now,
      created_at: uow.now,
      updated_at: uow.now,
    };
  }
}

/** CAP `sent` of a stored message for a reference (its own sent, else when it was published or made). */
function referenceSent(row: Row): string {
  const at = row.sent ?? row.published_at ?? row.created_at;
  return toCapDateTime(at);
}

export type WarningsService = ReturnType<typeof createWarningsService>;
