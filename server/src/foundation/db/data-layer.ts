import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { appendAudit, type AuditInput } from '../audit/ledger.js';
import type { Clock } from '../clock.js';
import type { DomainEvent } from '../events/event.js';
import type { EventHub } from '../events/event-hub.js';
import type { JobScheduler, ScheduleInput } from '../jobs/job-scheduler.js';
import { RegionScopePlugin } from '../scope/scope-plugin.js';
import type { Database, Db } from './database.js';
import type { FoundationTables } from './tables.js';

/** One mutation: the state change, its ledger entries and its events commit together or not at all. */
export type UnitOfWork = {
  /** Region-scoped transaction: every scoped table is filtered to the actor's subtree. */
  readonly db: Transaction<FoundationTables>;
  readonly actor: Actor;
  readonly now: Date;
  audit(entry: AuditInput): void;
  /** `audience`: only these users' live connections receive it (a message to named people), whatever their region. */
  emit(type: string, regionCode: string, payload: Record<string, unknown>, audience?: string[]): void;
  /** A durable timer that exists exactly when this unit of work commits. */
  schedule(job: ScheduleInput | ScheduleInput[]): Promise<void>;
  cancelJob(dedupeKey: string): Promise<boolean>;
};

export type DataLayer = {
  readonly engine: Database['engine'];
  /** Region-scoped reads for an actor. */
  read(actor: Actor): Kysely<FoundationTables>;
  write<T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
  /** Registers a table whose rows belong to a region (column holds the 12-digit code). */
  registerScopedTable(table: string, column?: string): void;
  /** Unscoped access for the foundation itself (login, ledger verify, relay); modules never use it. */
  readonly system: Db;
};

export function createDataLayer(deps: { database: Database; events: EventHub; clock: Clock; jobs: JobScheduler }): DataLayer {
  const { database, events, clock, jobs } = deps;
  const scopedTables = new Map<string, string>();
  const plugins = new WeakMap<Actor, RegionScopePlugin>();
  const pluginFor = (actor: Actor) => {
    let p = plugins.get(actor);
    if (!p) plugins.set(actor, (p = new RegionScopePlugin(actor.scope, scopedTables)));
    return p;
  };

  return {
    engine: database.engine,
    system: database.db,
    registerScopedTable(table, column = 'region_code') {
      scopedTables.set(table, column);
    },
    read: (actor) => database.db.withPlugin(pluginFor(actor)),
    async write(actor, work) {
      const now = clock.now();
      const audits: AuditInput[] = [];
      const emitted: DomainEvent[] = [];
      const result = await database.db.transaction().execute(async (trx) => {
        const value = await work({
          db: trx.withPlugin(pluginFor(actor)),
          actor,
          now,
          audit: (entry) => audits.push(entry),
          emit: (type, regionCode, payload, audience) =>
            emitted.push({ id: randomUUID(), type, regionCode, occurredAt: now.toISOString(), payload, ...(audience && { audience }) }),
          schedule: (job) => jobs.schedule(trx, job),
          cancelJob: (key) => jobs.cancel(trx, key),
        });
        // Ledger last, so its lock is held only for the moment before commit.
        if (emitted.length) {
          await trx
            .insertInto('event_outbox')
            .values(emitted.map((e) => ({ id: e.id, type: e.type, region_code: e.regionCode, payload: JSON.stringify(e.payload), occurred_at: e.occurredAt, audience: e.audience ? JSON.stringify(e.audience) : null })))
            .execute();
        }
        await appendAudit(trx, actor, audits, now);
        return value;
      });
      if (emitted.length) await events.published(emitted);
      return result;
    },
  };
}
