import { randomUUID } from 'node:crypto';
import type { IncidentLogKind } from '@shouwang/contracts';
import type { UnitOfWork } from '../../foundation/db/data-layer.js';
import { incidentsDb, json } from './incidents.repository.js';

export type TimelineEntryInput = {
  incident: { id: string; region_code: string };
  kind: IncidentLogKind;
  /** When it happened, which may be before it was written down (a call noted afterwards, an alarm raised before intake). */
  at: Date;
  by: { id: string | null; name: string };
  text: string;
  data: Record<string, unknown>;
};

/**
 * A timeline row at its own time. With `data.linkKey` the row mirrors something that happened elsewhere
 * and is written at most once per incident (incidents_log_link_uq): the insert answers null for a repeat.
 */
export async function insertTimelineEntry(uow: UnitOfWork, e: TimelineEntryInput) {
  const row = await incidentsDb(uow.db)
    .insertInto('incidents_log')
    .values({ id: randomUUID(), incident_id: e.incident.id, region_code: e.incident.region_code, at: e.at, kind: e.kind, by_id: e.by.id, by_name: e.by.name, text: e.text, data: json(e.data) })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}
