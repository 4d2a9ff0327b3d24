import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  Incident,
  IncidentCategory,
  IncidentGrade,
  IncidentLogEntry,
  IncidentLogKind,
  IncidentReport,
  IncidentResponse,
  IncidentStatus,
  IncidentTask,
  IncidentTaskStatus,
  ReportChannel,
  ReportClock,
  ReportRules,
  ReportStage,
  ResponseLevel,
} from '@shouwang/contracts';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import { incidentTypeOf } from './incident-catalogue.js';
import type { IncidentsTables } from './incidents.tables.js';
import { reportClocks, type ClockInput } from './report-deadlines.js';

export type I = Kysely<IncidentsTables>;
export const incidentsDb = (db: Kysely<FoundationTables>): I => moduleDb<IncidentsTables>(db);
export const json = (v: unknown) => JSON.stringify(v);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export type IncidentRow = Selectable<IncidentsTables['incidents']>;
export type ReportRow = Selectable<IncidentsTables['incidents_reports']>;
type ResponseRow = Selectable<IncidentsTables['incidents_responses']>;
type TaskRow = Selectable<IncidentsTables['incidents_tasks']>;
type LogRow = Selectable<IncidentsTables['incidents_log']>;

export const clockInput = (r: IncidentRow, reports: readonly ReportRow[]): ClockInput => ({
  grade: r.grade as IncidentGrade | null,
  status: r.status as IncidentStatus,
  receivedAt: r.received_at,
  endedAt: r.ended_at,
  reports: reports.filter((x) => x.incident_id === r.id).map((x) => ({ stage: x.stage as ReportStage, channel: x.channel as ReportChannel, reportedAt: x.reported_at })),
});

export function groupReports(reports: readonly ReportRow[]): Map<string, ReportRow[]> {
  const out = new Map<string, ReportRow[]>();
  for (const r of reports) out.set(r.incident_id, [...(out.get(r.incident_id) ?? []), r]);
  return out;
}

export function toIncident(r: IncidentRow, clock: ReportClock | null): Incident {
  return {
    id: r.id,
    regionCode: r.region_code,
    category: r.category as IncidentCategory,
    type: { key: r.type_key, name: incidentTypeOf(r.type_key)?.zh ?? r.type_key },
    title: r.title,
    status: r.status as IncidentStatus,
    occurredAt: r.occurred_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    location: { text: r.location_text, lon: r.lon, lat: r.lat },
    unit: r.unit,
    summary: r.summary,
    figures: r.figures,
    informant: r.informant,
    source: { kind: r.source_kind as Incident['source']['kind'], refId: r.source_ref_id, label: r.source_label },
    grade: r.grade as IncidentGrade | null,
    grading: r.grading,
    gradeAssessment: r.grade_assessment,
    responseLevel: r.response_level as ResponseLevel | null,
    commandPost: r.command_post,
    reportClock: clock,
    reportedBy: { id: r.reported_by_id, name: r.reported_by_name },
    endedAt: iso(r.ended_at),
    closedAt: iso(r.closed_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const CHANNEL_ZH: Record<ReportChannel, string> = { phone: '电话', written: '书面', system: '系统' };
export function reportLabel(stage: ReportStage, seq: number, channel: ReportChannel, followUpLabel: (n: number) => string): string {
  if (stage === 'initial') return `初报（${CHANNEL_ZH[channel]}）`;
  if (stage === 'follow_up') return followUpLabel(seq);
  return '终报';
}

export const toReport = (r: ReportRow, label: string): IncidentReport => ({
  id: r.id,
  incidentId: r.incident_id,
  stage: r.stage as ReportStage,
  seq: r.seq,
  label,
  channel: r.channel as ReportChannel,
  reportedAt: r.reported_at.toISOString(),
  reportedBy: { id: r.reported_by_id, name: r.reported_by_name },
  reportedTo: r.reported_to,
  signedOffBy: r.signed_off_by,
  figures: r.figures,
  content: r.content,
  answered: r.answered,
  late: r.late,
  gradeAfter: r.grade_after as IncidentGrade | null,
});

export const toResponse = (r: ResponseRow): IncidentResponse => ({
  id: r.id,
  incidentId: r.incident_id,
  level: r.level as ResponseLevel,
  status: r.status as IncidentResponse['status'],
  basis: r.basis,
  commandBody: r.command_body,
  commander: r.commander,
  startedAt: r.started_at.toISOString(),
  startedBy: r.started_by,
  levelChanges: r.level_changes,
  terminatedAt: iso(r.terminated_at),
  terminatedBy: r.terminated_by,
  terminateReason: r.terminate_reason,
});

export const toTask = (r: TaskRow): IncidentTask => ({
  id: r.id,
  incidentId: r.incident_id,
  responseId: r.response_id,
  ownerUnit: { id: r.owner_unit_id, name: r.owner_unit_name },
  title: r.title,
  detail: r.detail,
  dueAt: r.due_at.toISOString(),
  status: r.status as IncidentTaskStatus,
  note: r.note,
  origin: r.origin as IncidentTask['origin'],
  templateKey: r.template_key,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  finishedAt: iso(r.finished_at),
});

export const toLogEntry = (r: LogRow): IncidentLogEntry => ({
  id: r.id,
  incidentId: r.incident_id,
  at: r.at.toISOString(),
  kind: r.kind as IncidentLogKind,
  by: { id: r.by_id, name: r.by_name },
  text: r.text,
  data: r.data,
});

export type IncidentFilter = {
  ids?: string[];
  regionCode?: string | undefined;
  status?: 'open' | IncidentStatus | undefined;
  category?: string | undefined;
  type?: string | undefined;
  grade?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

function incidents(db: I, f: IncidentFilter) {
  let q = db.selectFrom('incidents');
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.regionCode) q = q.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.status === 'open') q = q.where('status', '<>', 'closed');
  else if (f.status) q = q.where('status', '=', f.status);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.type) q = q.where('type_key', '=', f.type);
  if (f.grade) q = q.where('grade', '=', f.grade);
  if (f.from) q = q.where('occurred_at', '>=', new Date(f.from));
  if (f.to) q = q.where('occurred_at', '<', new Date(f.to));
  if (f.q) q = q.where((eb) => eb.or([eb('title', 'like', containsPattern(f.q ?? '')), eb('location_text', 'like', containsPattern(f.q ?? ''))]));
  return q;
}

/** Lists count their total up to here and say when there are more. */
export const LIST_COUNT_CAP = 10_000;

export const incidentsRepository = {
  /**
   * A page in list order and its total. The total is counted up to LIST_COUNT_CAP only: a province holds a
   * million incidents, counting them all cost more than the page itself, and nobody pages that far.
   */
  async rows(db: I, f: IncidentFilter & { limit: number; offset: number }) {
    const counted = incidents(db, f).select(sql<number>`1`.as('one')).limit(LIST_COUNT_CAP + 1);
    const [rows, total] = await Promise.all([
      incidents(db, f).selectAll().orderBy(sql`case when status = 'closed' then 1 else 0 end`).orderBy('received_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute(),
      db.selectFrom(counted.as('t')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const n = Number(total.n);
    return { rows, total: Math.min(n, LIST_COUNT_CAP), totalIsLowerBound: n > LIST_COUNT_CAP };
  },
  async row(db: I, id: string, forUpdate = false) {
    let q = db.selectFrom('incidents').selectAll().where('id', '=', id);
    if (forUpdate) q = q.forUpdate();
    return q.executeTakeFirst();
  },
  reportsOf: (db: I, incidentIds: string[]) =>
    incidentIds.length ? db.selectFrom('incidents_reports').selectAll().where('incident_id', 'in', incidentIds).orderBy('reported_at').orderBy('created_at').execute() : Promise.resolve([] as ReportRow[]),
  /** Incidents with their most urgent clock, computed from now and each region's rules. */
  async present(db: I, rows: IncidentRow[], rulesFor: (regionCode: string) => ReportRules, now: Date): Promise<Incident[]> {
    const reports = groupReports(await incidentsRepository.reportsOf(db, rows.filter((r) => r.status !== 'closed').map((r) => r.id)));
    return rows.map((r) => toIncident(r, reportClocks(clockInput(r, reports.get(r.id) ?? []), rulesFor(r.region_code), now)[0] ?? null));
  },
  responsesOf: (db: I, incidentId: string) => db.selectFrom('incidents_responses').selectAll().where('incident_id', '=', incidentId).orderBy('started_at', 'desc').execute(),
  activeResponse: (db: I, incidentId: string) => db.selectFrom('incidents_responses').selectAll().where('incident_id', '=', incidentId).where('status', '=', 'active').executeTakeFirst(),
  tasksOf: (db: I, incidentId: string) => db.selectFrom('incidents_tasks').selectAll().where('incident_id', '=', incidentId).orderBy('sort_order').orderBy('created_at').orderBy('id').execute(),
  async log(db: I, incidentId: string, page: { limit: number; offset: number; kinds?: readonly string[] | undefined }) {
    let q = db.selectFrom('incidents_log').where('incident_id', '=', incidentId);
    if (page.kinds?.length) q = q.where('kind', 'in', page.kinds);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('at').orderBy('seq').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toLogEntry), total: Number(total.n) };
  },
};
