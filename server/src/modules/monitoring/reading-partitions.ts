import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../foundation/db/database.js';

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);
const nameOf = (day: number) => `monitoring_readings_${new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '')}`;

/**
 * One partition per UTC day of readings, created when a day is first seen and dropped when its retention
 * ends. A day that cannot get its own partition (its readings already sit in the default partition)
 * keeps using the default one: readings are never refused for their date.
 */
export class ReadingPartitions {
  private readonly known = new Set<number>();

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
  ) {}

  async ensure(timestamps: Date[]): Promise<void> {
    const days = new Set<number>();
    for (const t of timestamps) {
      const d = dayOf(t);
      if (!this.known.has(d)) days.add(d);
    }
    for (const day of days) {
      const from = new Date(day * DAY_MS).toISOString();
      const to = new Date((day + 1) * DAY_MS).toISOString();
      try {
        await sql`create table if not exists ${sql.table(nameOf(day))} partition of monitoring_readings for values from (${sql.lit(from)}) to (${sql.lit(to)})`.execute(this.db);
      } catch (err) {
        this.log.warn({ err, day: from.slice(0, 10) }, 'reading partition not created; that day stays in the default partition');
      }
      this.known.add(day);
    }
  }

  /** Drops day partitions that ended more than `retentionDays` before `now`; returns their names. */
  async dropOlderThan(now: Date, retentionDays: number): Promise<string[]> {
    const cutoff = dayOf(now) - retentionDays;
    const rows = await sql<{ name: string }>`
      select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      where p.relname = 'monitoring_readings' and c.relname ~ '^monitoring_readings_[0-9]{8}$'`.execute(this.db);
    const dropped: string[] = [];
    for (const { name } of rows.rows) {
      const s = name.slice(-8);
      const day = dayOf(new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T00:00:00Z`));
      if (day >= cutoff) continue;
      await sql`drop table if exists ${sql.table(name)}`.execute(this.db);
      this.known.delete(day);
      dropped.push(name);
    }
    return dropped;
  }
}
