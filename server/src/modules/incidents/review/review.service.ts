import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { IncidentReview, IncidentReviewFacts, IncidentReviewWrite, IncidentStatus, ReportChannel, ReportStage, ResponseLevel, IncidentTaskStatus } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../../foundation/auth/actor.js';
import type { Clock } from '../../../foundation/clock.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import type { IncidentWriter } from '../incident-writer.js';
import { reviewFinal, reviewIncomplete, type ReviewSection } from '../incident-review.errors.js';
import { incidentNotFound, incidentStatusInvalid } from '../incidents.errors.js';
import { incidentsDb, incidentsRepository as repo, json, reportLabel, type IncidentRow } from '../incidents.repository.js';
import { followUpLabel } from '../report-deadlines.js';
import { insertTimelineEntry } from '../timeline-entry.js';
import { reviewFacts } from './review-facts.js';
import type { ReviewTables } from './review.tables.js';

type WriteIn = z.output<typeof IncidentReviewWrite>;
type ReviewRow = Selectable<ReviewTables['incidents_reviews']>;
const reviewsDb = (db: Kysely<FoundationTables>) => moduleDb<ReviewTables>(db);
const SECTIONS: ReviewSection[] = ['summary', 'response', 'assessment', 'lessons', 'measures'];

/** The facts of an incident's record as a review states them (see review-facts.ts). */
export async function incidentFacts(db: Kysely<FoundationTables>, row: IncidentRow, now: Date): Promise<IncidentReviewFacts> {
  const idb = incidentsDb(db);
  const [reports, responses, tasks, kinds] = await Promise.all([
    repo.reportsOf(idb, [row.id]),
    repo.responsesOf(idb, row.id),
    repo.tasksOf(idb, row.id),
    idb.selectFrom('incidents_log').select('kind').where('incident_id', '=', row.id).execute(),
  ]);
  return reviewFacts({
    now,
    incident: { occurredAt: row.occurred_at, receivedAt: row.received_at, endedAt: row.ended_at, closedAt: row.closed_at },
    reports: reports.map((r) => ({
      id: r.id,
      label: reportLabel(r.stage as ReportStage, r.seq, r.channel as ReportChannel, followUpLabel),
      stage: r.stage as ReportStage,
      channel: r.channel as ReportChannel,
      reportedAt: r.reported_at,
      answered: r.answered,
    })),
    responses: responses.map((r) => ({ level: r.level as ResponseLevel, startedAt: r.started_at, levelChanges: r.level_changes, terminatedAt: r.terminated_at })),
    tasks: tasks.map((t) => ({ status: t.status as IncidentTaskStatus, dueAt: t.due_at, finishedAt: t.finished_at })),
    logKinds: kinds.map((k) => k.kind),
  });
}

function present(incidentId: string, r: ReviewRow | undefined, facts: IncidentReviewFacts): IncidentReview {
  return {
    incidentId,
    status: (r?.status as IncidentReview['status'] | undefined) ?? 'none',
    summary: r?.summary ?? '',
    response: r?.response ?? '',
    assessment: r?.assessment ?? '',
    lessons: r?.lessons ?? '',
    measures: r?.measures ?? '',
    facts,
    createdBy: r ? { id: r.created_by_id, name: r.created_by_name } : null,
    updatedBy: r ? { id: r.updated_by_id, name: r.updated_by_name } : null,
    createdAt: r?.created_at.toISOString() ?? null,
    updatedAt: r?.updated_at.toISOString() ?? null,
    finalisedAt: r?.finalised_at?.toISOString() ?? null,
    finalisedBy: r?.finalised_by ?? null,
  };
}

/** 总结评估 (E5): written once the 终报 has closed the incident; final freezes the text and its facts. */
export function createReviewService(deps: { data: DataLayer; clock: Clock; writer: IncidentWriter }) {
  const { data, writer } = deps;

  /** A draft's facts follow the record; a final review keeps the facts it was signed off with. */
  async function viewIn(db: Kysely<FoundationTables>, id: string, now: Date): Promise<IncidentReview> {
    const row = await repo.row(incidentsDb(db), id);
    if (!row) throw incidentNotFound(id);
    const review = await reviewsDb(db).selectFrom('incidents_reviews').selectAll().where('incident_id', '=', id).executeTakeFirst();
    return present(id, review, review?.status === 'final' ? review.facts : await incidentFacts(db, row, now));
  }

  async function put(actor: Actor, id: string, input: WriteIn): Promise<IncidentReview> {
    requirePermission(actor, 'incident.command');
    return data.write(actor, async (uow) => {
      const { row } = await writer.load(uow, id);
      if (row.status !== 'closed') throw incidentStatusInvalid(row.status as IncidentStatus, { zh: '开展总结评估（须在终报之后）', en: 'review (after the final report)' });
      const rdb = reviewsDb(uow.db);
      const before = await rdb.selectFrom('incidents_reviews').selectAll().where('incident_id', '=', id).forUpdate().executeTakeFirst();
      if (before?.status === 'final') throw reviewFinal();
      const final = input.status === 'final';
      const missing = SECTIONS.filter((k) => input[k] === '');
      if (final && missing.length) throw reviewIncomplete(missing);
      const facts = await incidentFacts(uow.db, row, uow.now);
      const text = { summary: input.summary, response: input.response, assessment: input.assessment, lessons: input.lessons, measures: input.measures };
      const changes = { ...text, status: input.status, facts: json(facts), updated_by_id: actor.id, updated_by_name: actor.name, updated_at: uow.now, finalised_at: final ? uow.now : null, finalised_by: final ? actor.name : null };
      if (before) await rdb.updateTable('incidents_reviews').set(changes).where('incident_id', '=', id).execute();
      else await rdb.insertInto('incidents_reviews').values({ incident_id: id, region_code: row.region_code, ...changes, created_by_id: actor.id, created_by_name: actor.name, created_at: uow.now }).execute();
      const after = (await rdb.selectFrom('incidents_reviews').selectAll().where('incident_id', '=', id).executeTakeFirst())!;
      await insertTimelineEntry(uow, {
        incident: row,
        kind: final ? 'review_finalised' : 'review_saved',
        at: uow.now,
        by: { id: actor.id, name: actor.name },
        text: final ? '总结评估定稿' : `总结评估${before ? '修改' : '起草'}（草稿）`,
        data: { status: input.status, filled: SECTIONS.filter((k) => input[k] !== '') },
      });
      const view = present(id, after, facts);
      uow.audit({ action: final ? 'incident.review-finalised' : 'incident.review-saved', entity: 'incident_review', entityId: id, regionCode: row.region_code, ...(before && { before: present(id, before, before.facts) }), after: view });
      uow.emit('incidents.review-saved', row.region_code, { id, status: row.status, reviewStatus: input.status });
      return view;
    });
  }

  return {
    put,
    get(actor: Actor, id: string) {
      requirePermission(actor, 'incident.read');
      return viewIn(data.read(actor), id, deps.clock.now());
    },
    viewIn,
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
