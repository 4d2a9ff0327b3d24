import type { Kysely } from 'kysely';
import type { IncidentDetail, ReportRules } from '@shouwang/contracts';
import type { Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { EventHub } from '../../foundation/events/event-hub.js';
import type { ContactLookup } from '../contacts/index.js';
import { createCallsService } from './calls.js';
import type { IncidentWriter } from './incident-writer.js';
import { incidentReviewRoutes } from './incident-review.routes.js';
import { incidentReportExport } from './report-export/incident-report.js';
import { reportData } from './report-export/report-data.js';
import { createReviewService } from './review/review.service.js';
import { REVIEW_SCOPED_TABLES } from './review/review.tables.js';
import { timelineLinks, type LinkedLookup } from './incidents.subscribers.js';

export type { LinkedLookup } from './incidents.subscribers.js';

/**
 * The situation log and review part of the incidents module (A4 calls, E5): calls on the timeline, the
 * timeline's links to alarms and warnings, the review (总结评估) and the exported 事件报告.
 */
export function createIncidentReviewPart(deps: {
  data: DataLayer;
  clock: Clock;
  events: EventHub;
  writer: IncidentWriter;
  rulesFor: (regionCode: string) => ReportRules;
  contacts: ContactLookup;
  linked: LinkedLookup;
  detail: (actor: Actor, id: string) => Promise<IncidentDetail>;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
}) {
  for (const table of REVIEW_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const utcOffsetMinutes = (regionCode: string) => deps.rulesFor(regionCode).utcOffsetMinutes;
  const calls = createCallsService({ data: deps.data, writer: deps.writer, contacts: deps.contacts, utcOffsetMinutes });
  const review = createReviewService({ data: deps.data, clock: deps.clock, writer: deps.writer });
  const report = incidentReportExport(reportData({ data: deps.data, clock: deps.clock, detail: deps.detail, review: review.viewIn, utcOffsetMinutes, regionNames: deps.regionNames }));
  // Handlers are registered at construction, before the event hub starts delivering.
  timelineLinks({ data: deps.data, events: deps.events, linked: deps.linked }).subscribe();
  return { calls, review, report, routes: incidentReviewRoutes({ calls, review, report }) };
}
