import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { systemActor, type Actor } from '../auth/actor.js';
import type { Clock } from '../clock.js';
import type { Db, Executor } from '../db/database.js';

export type Job = { id: string; kind: string; runAt: Date; payload: Record<string, unknown>; regionCode: string; attempts: number };
export type JobHandler = (job: Job, actor: Actor) => Promise<void>;
export type ScheduleInput = { kind: string; runAt: Date; payload: Record<string, unknown>; regionCode: string; dedupeKey?: string; maxAttempts?: number };

const LEASE_MS = 60_000;
const backoffMs = (attempt: number) => Math.min(15 * 60_000, 5_000 * 2 ** (attempt - 1));

/**
 * Durable timers (escalations, report deadlines) that survive restarts: a job is a row written in the
 * caller's transaction, so it exists exactly when the change that needs it committed. Any instance may
 * run it; a lease keeps two from running it at once, and a failed run is retried with backoff.
 */
export class JobScheduler {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {}

  register(kind: string, handler: JobHandler) {
    if (this.handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  /** Schedules in the given transaction; with a dedupe key an existing pending job is moved instead. */
  async schedule(trx: Executor, input: ScheduleInput | ScheduleInput[]): Promise<void> {
    const list = Array.isArray(input) ? input : [input];
    for (let i = 0; i < list.length; i += 1000) {
      await trx
        .insertInto('jobs')
        .values(list.slice(i, i + 1000).map((j) => ({
          id: randomUUID(),
          kind: j.kind,
          run_at: j.runAt,
          payload: JSON.stringify(j.payload),
          region_code: j.regionCode,
          dedupe_key: j.dedupeKey ?? null,
          max_attempts: j.maxAttempts ?? 5,
          created_at: this.clock.now(),
        })))
        .onConflict((oc) => oc.column('dedupe_key').doUpdateSet({ run_at: sql`excluded.run_at`, payload: sql`excluded.payload`, status: 'pending', attempts: 0, last_error: null }))
        .execute();
    }
  }

  async cancel(trx: Executor, dedupeKey: string): Promise<boolean> {
    const r = await trx.updateTable('jobs').set({ status: 'cancelled', finished_at: this.clock.now() }).where('dedupe_key', '=', dedupeKey).where('status', '=', 'pending').executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  start(everyMs = 1000) {
    this.timer = setInterval(() => void this.runDue().catch((err: unknown) => this.log.warn({ err }, 'job poll failed')), everyMs);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Claims and runs every job due by the clock's now; returns how many ran. Tests call it directly. */
  async runDue(limit = 50): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const now = this.clock.now();
      const claimed = await this.db.transaction().execute(async (trx) => {
        const due = await trx
          .selectFrom('jobs')
          .selectAll()
          .where('status', '=', 'pending')
          .where('run_at', '<=', now)
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
          .orderBy('run_at')
          .limit(limit)
          .modifyEnd(sql`for update skip locked`)
          .execute();
        if (due.length) {
          await trx
            .updateTable('jobs')
            .set((eb) => ({ lease_until: new Date(now.getTime() + LEASE_MS), attempts: eb('attempts', '+', 1) }))
            .where('id', 'in', due.map((d) => d.id))
            .execute();
        }
        return due;
      });
      for (const row of claimed) await this.runOne({ id: row.id, kind: row.kind, runAt: row.run_at, payload: row.payload, regionCode: row.region_code, attempts: row.attempts + 1 }, row.max_attempts);
      return claimed.length;
    } finally {
      this.running = false;
    }
  }

  private async runOne(job: Job, maxAttempts: number) {
    const handler = this.handlers.get(job.kind);
    const finish = (set: { status: 'done' | 'failed' | 'pending'; last_error?: string | null; run_at?: Date }) =>
      this.db.updateTable('jobs').set({ ...set, lease_until: null, ...(set.status === 'pending' ? {} : { finished_at: this.clock.now() }) }).where('id', '=', job.id).execute();
    if (!handler) {
      await finish({ status: 'failed', last_error: `no handler for ${job.kind}` });
      return;
    }
    try {
      await handler(job, systemActor(`job:${job.kind}`));
      await finish({ status: 'done', last_error: null });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.warn({ err, job: job.id, kind: job.kind }, 'job failed');
      if (job.attempts >= maxAttempts) await finish({ status: 'failed', last_error: message });
      else await finish({ status: 'pending', last_error: message, run_at: new Date(this.clock.now().getTime() + backoffMs(job.attempts)) });
    }
  }
}
