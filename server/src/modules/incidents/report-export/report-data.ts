import type { Kysely } from 'kysely';
import type { IncidentDetail, IncidentLogEntry, IncidentResponse, IncidentReview } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../../foundation/auth/actor.js';
import type { Clock } from '../../../foundation/clock.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import { incidentsDb, incidentsRepository as repo, toResponse } from '../incidents.repository.js';

/** Everything the exported 事件报告 shows, read once through the caller's scope. */
export type ReportData = {
  incident: IncidentDetail;
  regionName: string;
  responses: IncidentResponse[];
  timeline: IncidentLogEntry[];
  review: IncidentReview;
  utcOffsetMinutes: number;
  exportedAt: Date;
  exportedBy: string;
};

/** A report longer than this many timeline lines would not be read; the table says how many were left out. */
export const TIMELINE_LIMIT = 5000;

export function reportData(deps: {
  data: DataLayer;
  clock: Clock;
  detail: (actor: Actor, id: string) => Promise<IncidentDetail>;
  review: (db: Kysely<FoundationTables>, id: string, now: Date) => Promise<IncidentReview>;
  utcOffsetMinutes: (regionCode: string) => number;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
}) {
  return async (actor: Actor, id: string): Promise<ReportData & { timelineTotal: number }> => {
    requirePermission(actor, 'incident.read');
    // The detail is the scope check: an incident outside the caller's subtree is INCIDENT_NOT_FOUND.
    const incident = await deps.detail(actor, id);
    const db = deps.data.read(actor);
    const now = deps.clock.now();
    const [responses, log, review, names] = await Promise.all([
      repo.responsesOf(incidentsDb(db), id),
      repo.log(incidentsDb(db), id, { limit: TIMELINE_LIMIT, offset: 0 }),
      deps.review(db, id, now),
      deps.regionNames(db, [incident.regionCode]),
    ]);
    return {
      incident,
      regionName: names.get(incident.regionCode) ?? incident.regionCode,
      responses: responses.map(toResponse).reverse(),
      timeline: log.items,
      timelineTotal: log.total,
      review,
      utcOffsetMinutes: deps.utcOffsetMinutes(incident.regionCode),
      exportedAt: now,
      exportedBy: actor.name,
    };
  };
}
