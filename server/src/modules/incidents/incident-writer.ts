import { randomUUID } from 'node:crypto';
import type { IncidentLogKind, ReportRules } from '@shouwang/contracts';
import type { UnitOfWork } from '../../foundation/db/data-layer.js';
import { incidentNotFound } from './incidents.errors.js';
import { clockInput, incidentsDb, incidentsRepository as repo, json, type IncidentRow, type ReportRow } from './incidents.repository.js';
import { pendingClocks, type PendingClock } from './report-deadlines.js';

export const REPORT_DUE_JOB = 'incidents.report-due';
const dueKey = (incidentId: string, c: Pick<PendingClock, 'kind' | 'seq'>) => `${REPORT_DUE_JOB}:${incidentId}:${c.kind}:${c.seq}`;

/** Local wall-clock time for timeline text (the region's offset; +08:00 in China). */
export function localTime(d: Date, utcOffsetMinutes: number): string {
  return new Date(d.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * What every incident write shares: the incident row locked for the rest of the unit of work (two
 * writers to one incident serialise), the timeline entry, and the durable timers that mark a report
 * overdue the moment it is — one job per owed report, moved or cancelled as the chain changes.
 */
export function incidentWriter(rulesFor: (regionCode: string) => ReportRules) {
  async function load(uow: UnitOfWork, id: string) {
    const db = incidentsDb(uow.db);
    const row = await repo.row(db, id, true);
    if (!row) throw incidentNotFound(id);
    const reports = await repo.reportsOf(db, [id]);
    return { row, reports, pending: pendingClocks(clockInput(row, reports), rulesFor(row.region_code)) };
  }

  async function log(uow: UnitOfWork, incident: { id: string; region_code: string }, kind: IncidentLogKind, text: string, data: Record<string, unknown> = {}) {
    await incidentsDb(uow.db)
      .insertInto('incidents_log')
      .values({ id: randomUUID(), incident_id: incident.id, region_code: incident.region_code, at: uow.now, kind, by_id: uow.actor.id, by_name: uow.actor.name, text, data: json(data) })
      .execute();
  }

  /** Re-reads the incident after a change and keeps one timer per owed report that is not yet due. */
  async function syncDeadlines(uow: UnitOfWork, id: string, before: readonly PendingClock[]): Promise<{ row: IncidentRow; reports: ReportRow[]; pending: PendingClock[] }> {
    const db = incidentsDb(uow.db);
    const row = (await repo.row(db, id))!;
    const reports = await repo.reportsOf(db, [id]);
    const pending = pendingClocks(clockInput(row, reports), rulesFor(row.region_code));
    const keys = new Set(pending.map((c) => dueKey(id, c)));
    for (const c of before) if (!keys.has(dueKey(id, c))) await uow.cancelJob(dueKey(id, c));
    const future = pending.filter((c) => c.dueAt.getTime() >= uow.now.getTime());
    if (future.length) {
      await uow.schedule(future.map((c) => ({ kind: REPORT_DUE_JOB, runAt: new Date(c.dueAt.getTime() + 1000), payload: { incidentId: id }, regionCode: row.region_code, dedupeKey: dueKey(id, c) })));
    }
    return { row, reports, pending };
  }

  return { load, log, syncDeadlines };
}
export type IncidentWriter = ReturnType<typeof incidentWriter>;
