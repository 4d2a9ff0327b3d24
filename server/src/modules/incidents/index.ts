import type { Kysely } from 'kysely';
import type { EventHub } from '../../foundation/events/event-hub.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { Clock } from '../../foundation/clock.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { JobScheduler } from '../../foundation/jobs/job-scheduler.js';
import { systemActor } from '../../foundation/auth/actor.js';
import type { DutyLookup, OrgUnitLookup } from '../duty/index.js';
import templates from './data/task-templates.json' with { type: 'json' };
import { incidentTypeOf } from './incident-catalogue.js';
import { incidentWriter, REPORT_DUE_JOB } from './incident-writer.js';
import { incidentsDb, incidentsRepository } from './incidents.repository.js';
import { incidentsRoutes } from './incidents.routes.js';
import { createIncidentsService, type SourceLookup } from './incidents.service.js';
import { INCIDENTS_SCOPED_TABLES } from './incidents.tables.js';
import { REPORT_RULES_CHANGED, ReportRulesStore, reportRulesService } from './report-rules.js';
import { createResponseService } from './response.service.js';
import { createIncidentReviewPart, type LinkedLookup } from './incident-review.part.js';
import type { ContactLookup } from '../contacts/index.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import { createDispatchService } from './dispatch/dispatch.service.js';
import { dispatchRoutes } from './dispatch/dispatch.routes.js';
import { DISPATCH_SCOPED_TABLES } from './dispatch/dispatch.tables.js';
import type { DispatchResources } from './dispatch/nearby.js';

export type { IncidentsService, SourceLookup } from './incidents.service.js';
export type { ResponseService } from './response.service.js';
export type { LinkedLookup } from './incident-review.part.js';
export type { DispatchService } from './dispatch/dispatch.service.js';
/** Whether an incident type key exists (the duty module checks the types a command body commands). */
export const incidentTypeKnown = (key: string) => incidentTypeOf(key) !== undefined;

/** Incidents (E1–E3): intake, grading, the reporting chain with deadline clocks, response levels, tasks, the command post and dispatch. */
export function createIncidentsModule(deps: {
  data: DataLayer;
  clock: Clock;
  events: EventHub;
  jobs: JobScheduler;
  duty: DutyLookup;
  orgUnits: OrgUnitLookup;
  sources: SourceLookup;
  /** Calls name responsible persons from the contact directory; the timeline links the source alarm and warnings. */
  contacts: ContactLookup;
  linked: LinkedLookup;
  /** Dispatch (E3) finds, locks and moves teams and stock through the resources module, in the incident's transaction. */
  resources: DispatchResources;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
}) {
  const { data, clock, events, jobs } = deps;
  for (const table of INCIDENTS_SCOPED_TABLES) data.registerScopedTable(table);
  const store = new ReportRulesStore(data.system);
  const rulesFor = (regionCode: string) => store.resolve(regionCode).rules;
  const writer = incidentWriter(rulesFor);
  const incidents = createIncidentsService({ data, clock, rulesFor, writer, sources: deps.sources, regionNames: deps.regionNames });
  const response = createResponseService({ data, writer, duty: deps.duty, orgUnits: deps.orgUnits, templates: templates, detail: incidents.detailIn });
  for (const table of DISPATCH_SCOPED_TABLES) data.registerScopedTable(table);
  const dispatch = createDispatchService({ data, writer, rulesFor, resources: deps.resources });

  /** After a region's deadlines change, every open incident under it gets its timers moved. */
  async function rulesChanged(regionCode: string) {
    await data.write(systemActor('incidents-rules'), async (uow) => {
      const { rows } = await incidentsRepository.rows(incidentsDb(uow.db), { regionCode, status: 'open', limit: 10_000, offset: 0 });
      for (const r of rows) await writer.syncDeadlines(uow, r.id, (await writer.load(uow, r.id)).pending);
    });
  }
  const rules = reportRulesService({ data, store, regionNames: deps.regionNames, changed: rulesChanged });
  const reviewPart = createIncidentReviewPart({ data, clock, events, writer, rulesFor, contacts: deps.contacts, linked: deps.linked, detail: incidents.get, regionNames: deps.regionNames });
  jobs.register(REPORT_DUE_JOB, (job, actor) => incidents.onReportDue(job, actor));

  return {
    incidents,
    response,
    rules,
    calls: reviewPart.calls,
    review: reviewPart.review,
    dispatch,
    routes: (app: ZodApp) => {
      incidentsRoutes({ incidents, response, rules })(app);
      reviewPart.routes(app);
      dispatchRoutes(dispatch)(app);
    },
    async start() {
      await store.load();
      events.onLive((e) => {
        if (e.type === REPORT_RULES_CHANGED) void store.load();
      });
    },
  };
}
