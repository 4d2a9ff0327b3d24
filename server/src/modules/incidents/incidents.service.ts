import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  INCIDENT_GRADES,
  type Incident,
  type IncidentCreate,
  type IncidentDetail,
  type IncidentFigures,
  type IncidentGrade,
  type IncidentGradeRequest,
  type IncidentListQuery,
  type IncidentOverdueQuery,
  type IncidentReport,
  type IncidentReportCreate,
  type IncidentTypeCatalogue,
  type IncidentUpdate,
  type PageQuery,
  type ReportChannel,
  type ReportRules,
  type ReportStage,
} from '@shouwang/contracts';
import { can, requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import { AUTH_TEXT } from '../../foundation/http/common-errors.js';
import { forbidden } from '../../foundation/http/errors.js';
import type { Job } from '../../foundation/jobs/job-scheduler.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { gradeIncident } from './grade-incident.js';
import { GRADING_SETTINGS, incidentCatalogue, incidentTypeOf } from './incident-catalogue.js';
import { localTime, type IncidentWriter } from './incident-writer.js';
import {
  gradeBelowRule,
  incidentNotFound,
  incidentStatusInvalid,
  incidentTypeUnknown,
  regionNotFound,
  reportSignOffRequired,
  reportStageInvalid,
  reportTimeInvalid,
  responseStillActive,
  sourceNotFound,
  sourceTaken,
  timeInvalid,
} from './incidents.errors.js';
import {
  clockInput,
  groupReports,
  incidentsDb,
  incidentsRepository as repo,
  json,
  reportLabel,
  CHANNEL_ZH,
  toIncident,
  toReport,
  toResponse,
  toTask,
  type IncidentRow,
  type ReportRow,
} from './incidents.repository.js';
import { clockState, clocksAnswered, followUpLabel, pendingClocks, reportClocks, stageProblem } from './report-deadlines.js';

type Create = z.output<typeof IncidentCreate>;
type Update = z.output<typeof IncidentUpdate>;
type ReportIn = z.output<typeof IncidentReportCreate>;

/** Where an incident came from: a monitoring alarm or a warning, read (unscoped) before the transaction. */
export type SourceLookup = (kind: 'alarm' | 'warning', id: string) => Promise<{ regionCode: string; label: string } | null>;
export type RegionNames = (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;

export type IncidentsDeps = {
  data: DataLayer;
  clock: Clock;
  rulesFor: (regionCode: string) => ReportRules;
  writer: IncidentWriter;
  sources: SourceLookup;
  regionNames: RegionNames;
};

/** Clock skew we tolerate between a client and the server before calling a time "in the future". */
const SKEW_MS = 60_000;

/** 493号令 / 奈曼旗 rule: the title names the place, the type and the casualties. */
export function defaultTitle(place: string, typeName: string, f: IncidentFigures): string {
  const parts = [
    f.deaths && `死亡${f.deaths}人`,
    f.missing && `失踪${f.missing}人`,
    f.seriousInjuries && `重伤${f.seriousInjuries}人`,
    f.injuries && `轻伤${f.injuries}人`,
    f.trapped && `被困${f.trapped}人`,
  ].filter(Boolean);
  return `${place}${typeName}${parts.length ? `（${parts.join('、')}）` : ''}`.slice(0, 200);
}

const FIELD_ZH: Record<keyof Update, string> = { type: '事件类型', title: '标题', occurredAt: '事发时间', location: '事发地点', unit: '事发单位', figures: '伤亡和损失', summary: '简要经过', gradeAssessment: '研判等级' };
const gradeText = (g: IncidentGrade | null) => (g ? INCIDENT_GRADES[g].zh : '未定级');

/** Intake, classification, grading and the reporting chain of incidents (E1). */
export function createIncidentsService(deps: IncidentsDeps) {
  const { data, clock, rulesFor, writer } = deps;

  const read = (actor: Actor) => {
    requirePermission(actor, 'incident.read');
    return incidentsDb(data.read(actor));
  };
  /** People need incident.report; machines an API token with the incidents:report scope. */
  const requireReporter = (actor: Actor) => {
    if (actor.kind === 'token' ? !actor.tokenScopes.has('incidents:report') : !can(actor, 'incident.report')) throw forbidden('AUTH_FORBIDDEN', AUTH_TEXT.AUTH_FORBIDDEN, { permission: 'incident.report' });
  };
  const typeOrThrow = (key: string) => {
    const type = incidentTypeOf(key);
    if (!type) throw incidentTypeUnknown(key);
    return type;
  };
  function grade(typeKey: string, figures: IncidentFigures, assessed: IncidentGrade | null, refuseBelow: boolean) {
    const g = gradeIncident({ rule: typeOrThrow(typeKey).grading, figures, assessed }, GRADING_SETTINGS);
    if (refuseBelow && g.assessedBelowRule) throw gradeBelowRule(g.computed!, assessed!);
    const { assessedBelowRule: _, ...grading } = g;
    return grading;
  }

  async function detail(db: Kysely<FoundationTables>, id: string): Promise<IncidentDetail> {
    const idb = incidentsDb(db);
    const row = await repo.row(idb, id);
    if (!row) throw incidentNotFound(id);
    const [reports, responses, tasks] = await Promise.all([repo.reportsOf(idb, [id]), repo.responsesOf(idb, id), repo.tasksOf(idb, id)]);
    const rules = rulesFor(row.region_code);
    const clocks = reportClocks(clockInput(row, reports), rules, clock.now());
    return {
      ...toIncident(row, clocks[0] ?? null),
      reports: presentReports(reports),
      clocks,
      response: responses[0] ? toResponse(responses[0]) : null,
      tasks: tasks.map(toTask),
    };
  }
  function presentReports(reports: ReportRow[]): IncidentReport[] {
    return reports.map((r) => toReport(r, reportLabel(r.stage as ReportStage, r.seq, r.channel as ReportChannel, followUpLabel)));
  }

  function record(uow: UnitOfWork, action: string, after: Incident, before?: Incident) {
    uow.audit({ action: `incident.${action}`, entity: 'incident', entityId: after.id, regionCode: after.regionCode, ...(before && { before }), after });
  }
  const emit = (uow: UnitOfWork, type: string, row: IncidentRow, more: Record<string, unknown> = {}) =>
    uow.emit(`incidents.${type}`, row.region_code, { id: row.id, status: row.status, grade: row.grade, responseLevel: row.response_level, ...more });
  const present = (row: IncidentRow, reports: ReportRow[], now: Date) => toIncident(row, reportClocks(clockInput(row, reports), rulesFor(row.region_code), now)[0] ?? null);

  /** Logs and emits a change of grade, if there was one. */
  async function gradeChanged(uow: UnitOfWork, before: IncidentRow, after: IncidentRow) {
    if (before.grade === after.grade) return;
    const g = after.grading;
    const why = g.basis.filter((b) => b.grade === g.computed && b.bound !== null).map((b) => `${b.criterion} ${b.value} ≥ ${b.bound}`);
    await writer.log(uow, after, 'graded', `事件等级由“${gradeText(before.grade as IncidentGrade | null)}”调整为“${gradeText(after.grade as IncidentGrade | null)}”`, { from: before.grade, to: after.grade, computed: g.computed, assessed: g.assessed, basis: why });
    emit(uow, 'graded', after, { from: before.grade });
  }

  async function create(actor: Actor, input: Create): Promise<Incident> {
    requireReporter(actor);
    const type = typeOrThrow(input.type);
    const source = input.source ? await deps.sources(input.source.kind, input.source.id) : null;
    if (input.source && (!source || !scopeAllows(actor.scope, source.regionCode))) throw sourceNotFound(input.source.kind, input.source.id);
    const regionCode = input.regionCode ?? source?.regionCode ?? actor.regionCode;
    const grading = grade(input.type, input.figures, input.gradeAssessment?.grade ?? null, true);
    return data.write(actor, async (uow) => {
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : uow.now;
      const occurredAt = new Date(input.occurredAt);
      if (receivedAt.getTime() > uow.now.getTime() + SKEW_MS) throw timeInvalid('received_in_future');
      if (occurredAt.getTime() > receivedAt.getTime() + SKEW_MS) throw timeInvalid('occurred_after_received');
      if (!scopeAllows(actor.scope, regionCode) || !(await deps.regionNames(uow.db, [regionCode])).has(regionCode)) throw regionNotFound(regionCode);
      const db = incidentsDb(uow.db);
      const id = randomUUID();
      const sourceKind = input.source?.kind ?? (actor.kind === 'token' ? 'api' : 'call');
      const insert = db
        .insertInto('incidents')
        .values({
          id,
          region_code: regionCode,
          category: type.category,
          type_key: type.key,
          title: input.title ?? defaultTitle(input.location.text, type.zh, input.figures),
          status: 'active',
          occurred_at: occurredAt,
          received_at: receivedAt,
          location_text: input.location.text,
          lon: input.location.lon ?? null,
          lat: input.location.lat ?? null,
          unit: input.unit ? json(input.unit) : null,
          summary: input.summary,
          figures: json(input.figures),
          informant: input.informant ? json({ name: input.informant.name, phone: input.informant.phone ?? null, unit: input.informant.unit }) : null,
          source_kind: sourceKind,
          source_ref_id: input.source?.id ?? null,
          source_label: source?.label ?? null,
          grade: grading.grade,
          grading: json(grading),
          grade_assessment: input.gradeAssessment ? json({ ...input.gradeAssessment, by: actor.name, at: uow.now.toISOString() }) : null,
          response_level: null,
          command_post: null,
          reported_by_id: actor.id,
          reported_by_name: actor.name,
          created_at: uow.now,
          updated_at: uow.now,
        })
        .execute();
      await (input.source?.kind === 'alarm' ? translateUniqueViolation(insert, 'incidents_alarm_uq', () => sourceTaken(input.source!.id)) : insert);
      const { row, reports } = await writer.syncDeadlines(uow, id, []);
      const from = input.source ? `（来源：${input.source.kind === 'alarm' ? '监测报警' : '预警'} ${source?.label ?? ''}）` : actor.kind === 'token' ? `（来源：系统接入 ${actor.name}）` : '';
      await writer.log(uow, row, 'reported', `接报：${row.title}，${type.zh}，${gradeText(row.grade as IncidentGrade | null)}${from}`, { source: sourceKind, refId: input.source?.id ?? null, grade: row.grade });
      const incident = present(row, reports, uow.now);
      record(uow, 'reported', incident);
      emit(uow, 'reported', row, { title: row.title, type: row.type_key });
      return incident;
    });
  }

  async function update(actor: Actor, id: string, p: Update): Promise<Incident> {
    requirePermission(actor, 'incident.report');
    return data.write(actor, async (uow) => {
      const { row: before, reports, pending } = await writer.load(uow, id);
      if (before.status === 'closed') throw incidentStatusInvalid('closed', { zh: '修改', en: 'change' });
      const typeKey = p.type ?? before.type_key;
      const type = typeOrThrow(typeKey);
      const figures = p.figures ?? before.figures;
      const assessment = p.gradeAssessment === undefined ? before.grade_assessment : p.gradeAssessment ? { ...p.gradeAssessment, by: actor.name, at: uow.now.toISOString() } : null;
      const grading = grade(typeKey, figures, assessment?.grade ?? null, p.gradeAssessment !== undefined && p.gradeAssessment !== null);
      if (p.occurredAt && new Date(p.occurredAt).getTime() > before.received_at.getTime() + SKEW_MS) throw timeInvalid('occurred_after_received');
      await incidentsDb(uow.db)
        .updateTable('incidents')
        .set({
          category: type.category,
          type_key: typeKey,
          ...(p.title !== undefined && { title: p.title }),
          ...(p.occurredAt !== undefined && { occurred_at: new Date(p.occurredAt) }),
          ...(p.location !== undefined && { location_text: p.location.text, lon: p.location.lon ?? null, lat: p.location.lat ?? null }),
          ...(p.unit !== undefined && { unit: p.unit ? json(p.unit) : null }),
          ...(p.summary !== undefined && { summary: p.summary }),
          figures: json(figures),
          grade: grading.grade,
          grading: json(grading),
          grade_assessment: assessment ? json(assessment) : null,
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .execute();
      const { row } = await writer.syncDeadlines(uow, id, pending);
      const changed = Object.keys(p) as (keyof Update)[];
      await writer.log(uow, row, 'updated', `修改事件信息：${changed.map((k) => FIELD_ZH[k]).join('、')}`, { fields: changed });
      await gradeChanged(uow, before, row);
      const after = present(row, reports, uow.now);
      record(uow, 'updated', after, present(before, reports, uow.now));
      emit(uow, 'changed', row, { fields: changed });
      return after;
    });
  }

  async function submitReport(actor: Actor, id: string, input: ReportIn): Promise<IncidentReport> {
    requirePermission(actor, 'incident.report');
    return data.write(actor, async (uow) => {
      const { row: before, reports, pending } = await writer.load(uow, id);
      const input_ = clockInput(before, reports);
      const problem = stageProblem(input_, input);
      if (problem) throw reportStageInvalid(problem);
      if (input.channel !== 'phone' && !input.signedOffBy) throw reportSignOffRequired();
      const reportedAt = input.reportedAt ? new Date(input.reportedAt) : uow.now;
      if (reportedAt.getTime() > uow.now.getTime() + SKEW_MS || reportedAt.getTime() < before.received_at.getTime()) throw reportTimeInvalid();
      const answered = clocksAnswered(pending, input).map((c) => ({ kind: c.kind, seq: c.seq, dueAt: c.dueAt.toISOString(), late: reportedAt.getTime() > c.dueAt.getTime() }));
      const seq = reports.filter((r) => r.stage === input.stage).length + 1;
      const { stage, channel, reportedAt: _r, reportedTo, signedOffBy, figures, ...content } = input;
      const grading = grade(before.type_key, figures, before.grade_assessment?.grade ?? null, false);
      const db = incidentsDb(uow.db);
      const reportId = randomUUID();
      await db
        .insertInto('incidents_reports')
        .values({
          id: reportId,
          incident_id: id,
          region_code: before.region_code,
          stage,
          seq,
          channel,
          reported_at: reportedAt,
          reported_by_id: actor.id,
          reported_by_name: actor.name,
          reported_to: reportedTo,
          signed_off_by: signedOffBy,
          figures: json(figures),
          content: json(content),
          answered: json(answered),
          late: answered.some((a) => a.late),
          grade_after: grading.grade,
          created_at: uow.now,
        })
        .execute();
      await db
        .updateTable('incidents')
        .set({
          figures: json(figures),
          grade: grading.grade,
          grading: json(grading),
          ...(stage === 'final' && { status: 'closed', closed_at: uow.now }),
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .execute();
      const { row, reports: after } = await writer.syncDeadlines(uow, id, pending);
      const report = presentReports(after).find((r) => r.id === reportId)!;
      const late = answered.filter((a) => a.late);
      await writer.log(
        uow,
        row,
        'report_submitted',
        `${report.label}已报送${reportedTo ? `至${reportedTo}` : ''}（${CHANNEL_ZH[channel]}，${localTime(reportedAt, rulesFor(row.region_code).utcOffsetMinutes)}）${late.length ? '，迟报' : ''}`,
        { reportId, stage, seq, channel, late: late.length > 0, figures },
      );
      await gradeChanged(uow, before, row);
      if (stage === 'final') await writer.log(uow, row, 'closed', '终报已报送，事件结案', { reportId });
      uow.audit({ action: 'incident.report-submitted', entity: 'incident_report', entityId: reportId, regionCode: row.region_code, after: report });
      emit(uow, 'report-submitted', row, { reportId, stage, seq, late: late.length > 0 });
      if (stage === 'final') emit(uow, 'closed', row);
      return report;
    });
  }

  /** 处置结束 for an incident without an active response (a response ends with its termination). */
  async function end(actor: Actor, id: string, note: string): Promise<Incident> {
    requirePermission(actor, 'incident.command');
    return data.write(actor, async (uow) => {
      const { row: before, reports, pending } = await writer.load(uow, id);
      if (before.status !== 'active') throw incidentStatusInvalid(before.status as Incident['status'], { zh: '结束处置', en: 'end' });
      if (before.response_level !== null) throw responseStillActive();
      await incidentsDb(uow.db).updateTable('incidents').set({ status: 'ended', ended_at: uow.now, updated_at: uow.now }).where('id', '=', id).execute();
      const { row } = await writer.syncDeadlines(uow, id, pending);
      await writer.log(uow, row, 'ended', `应急处置结束：${note}`, { note });
      const after = present(row, reports, uow.now);
      record(uow, 'ended', after, present(before, reports, uow.now));
      emit(uow, 'ended', row);
      return after;
    });
  }

  /** The job behind a report's deadline: marks each owed report overdue once, on the timeline and live. */
  async function onReportDue(job: Job, actor: Actor) {
    const id = String(job.payload.incidentId);
    await data.write(actor, async (uow) => {
      const db = incidentsDb(uow.db);
      const row = await repo.row(db, id, true);
      if (!row || row.status === 'closed') return;
      const reports = await repo.reportsOf(db, [id]);
      const rules = rulesFor(row.region_code);
      const overdue = pendingClocks(clockInput(row, reports), rules).filter((c) => c.dueAt.getTime() < uow.now.getTime());
      if (!overdue.length) return;
      const seen = new Set((await db.selectFrom('incidents_log').select('data').where('incident_id', '=', id).where('kind', '=', 'report_overdue').execute()).map((r) => String(r.data.key)));
      for (const c of overdue) {
        const key = `${c.kind}:${c.seq}:${c.dueAt.toISOString()}`;
        if (seen.has(key)) continue;
        await writer.log(uow, row, 'report_overdue', `${c.label}超时未报（时限 ${localTime(c.dueAt, rules.utcOffsetMinutes)}）`, { key, kind: c.kind, seq: c.seq, dueAt: c.dueAt.toISOString() });
        uow.audit({ action: 'incident.report-overdue', entity: 'incident', entityId: id, regionCode: row.region_code, after: { kind: c.kind, seq: c.seq, dueAt: c.dueAt.toISOString() } });
        emit(uow, 'report-overdue', row, { kind: c.kind, seq: c.seq, label: c.label, dueAt: c.dueAt.toISOString() });
      }
    });
  }

  return {
    create,
    update,
    submitReport,
    end,
    onReportDue,
    async list(actor: Actor, f: z.output<typeof IncidentListQuery>) {
      const db = read(actor);
      const { rows, total, totalIsLowerBound } = await repo.rows(db, f);
      return { items: await repo.present(db, rows, rulesFor, clock.now()), total, totalIsLowerBound };
    },
    get: (actor: Actor, id: string) => {
      requirePermission(actor, 'incident.read');
      return detail(data.read(actor), id);
    },
    async reports(actor: Actor, id: string) {
      const db = read(actor);
      if (!(await repo.row(db, id))) throw incidentNotFound(id);
      return presentReports(await repo.reportsOf(db, [id]));
    },
    async log(actor: Actor, id: string, page: z.output<typeof PageQuery> & { kinds?: readonly string[] | undefined }) {
      const db = read(actor);
      if (!(await repo.row(db, id))) throw incidentNotFound(id);
      return repo.log(db, id, page);
    },
    /**
     * The bureau's overdue list: every open incident in scope with a report past its deadline (and, if
     * asked, those in their amber window), computed from now — nothing stored that could go stale.
     */
    async overdue(actor: Actor, f: z.output<typeof IncidentOverdueQuery>) {
      const db = read(actor);
      const now = clock.now();
      const { rows } = await repo.rows(db, { regionCode: f.regionCode, status: 'open', limit: 5000, offset: 0 });
      const reports = groupReports(await repo.reportsOf(db, rows.map((r) => r.id)));
      const wanted = new Set(f.includeAmber ? ['red', 'amber'] : ['red']);
      const items = rows
        .map((r) => {
          const rules = rulesFor(r.region_code);
          const pending = pendingClocks(clockInput(r, reports.get(r.id) ?? []), rules);
          const clocks = pending.map((c) => ({ kind: c.kind, seq: c.seq, label: c.label, startsAt: c.startsAt.toISOString(), dueAt: c.dueAt.toISOString(), ...clockState(c, now, rules.amberFraction) }));
          return { row: r, clocks: clocks.filter((c) => wanted.has(c.state)) };
        })
        .filter((x) => x.clocks.length > 0)
        .sort((a, b) => a.clocks[0]!.remainingSeconds - b.clocks[0]!.remainingSeconds)
        .map((x) => ({ incident: toIncident(x.row, x.clocks[0]!), clocks: x.clocks }));
      return { items, total: items.length };
    },
    types(actor: Actor): IncidentTypeCatalogue {
      requirePermission(actor, 'incident.read');
      return incidentCatalogue();
    },
    /** The grade the figures give, with the working; writes nothing. */
    assess(actor: Actor, input: z.output<typeof IncidentGradeRequest>) {
      requirePermission(actor, 'incident.read');
      return grade(input.type, input.figures, input.assessedGrade ?? null, false);
    },
    detailIn: (uow: UnitOfWork, id: string) => detail(uow.db, id),
  };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
