import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { TelemetryResult } from '@shouwang/contracts';
import { systemActor, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { isWithin } from '../../foundation/scope/region-code.js';
import { emptyState, evaluate, pointState, type EvalState, type Transition } from './alarm-rules.js';
import type { AlarmWriter } from './alarm-writer.js';
import type { MonitoringTables } from './monitoring.tables.js';
import type { PointDirectory, PointInfo } from './point-directory.js';
import { ReadingPartitions } from './reading-partitions.js';
import { REJECT, type RejectCode } from './telemetry-rejects.js';

export const VALUES_CHANGED = 'monitoring.values-changed';
const FUTURE_SLACK_MS = 10 * 60_000;

type Good = { point: PointInfo; ts: Date; value: number; id: string };
type Reject = TelemetryResult['rejected'][number];
type Pending = { readings: Good[]; resolve: (r: { accepted: number; duplicates: number }) => void; reject: (e: unknown) => void };

export type IngestCounters = { accepted: number; duplicates: number; rejected: Record<string, number>; lastFlushAt: Date | null };

/**
 * Readings from HTTP and MQTT → checked one by one (a bad one never costs the good ones) → batched →
 * one transaction per batch that stores the new readings (a resent id is a conflict, not a row), runs
 * the alarm rules on them in time order per point, keeps each point's latest value and rule state, and
 * writes the alarms they raise. Batches are written one at a time; what arrives meanwhile forms the next.
 */
export class TelemetryIngester {
  readonly counters: IngestCounters = { accepted: 0, duplicates: 0, rejected: {}, lastFlushAt: null };
  private queue: Pending[] = [];
  private queued = 0;
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly partitions: ReadingPartitions;
  private readonly actor = systemActor('telemetry');
  private changedSinceEmit = new Map<string, Set<string>>();
  private lastEmit = 0;
  /** Called after every committed batch (benchmarks and tests use it to time alarms). */
  onCommitted: ((info: { readings: number; alarmsRaised: number; at: number }) => void) | null = null;

  constructor(
    private readonly deps: { data: DataLayer; points: PointDirectory; alarms: AlarmWriter; clock: Clock; log: FastifyBaseLogger; onReject?: (code: RejectCode) => void },
    private readonly options = { maxBatch: 5000, lingerMs: 10 },
  ) {
    this.partitions = new ReadingPartitions(deps.data.system, deps.log);
  }

  /** Checks each reading; `scope` limits which points a token may report for (null: a trusted broker). */
  async check(raw: unknown[], scope: Actor | null): Promise<{ good: Good[]; rejected: Reject[] }> {
    const good: Good[] = [];
    const rejected: Reject[] = [];
    const now = this.deps.clock.now().getTime();
    for (let index = 0; index < raw.length; index++) {
      const r = raw[index];
      const fail = (code: RejectCode, id: string | null) => {
        rejected.push({ index, id, code, reason: `${REJECT[code].zh} / ${REJECT[code].en}` });
        this.count(code);
      };
      if (typeof r !== 'object' || r === null || Array.isArray(r)) {
        fail('MALFORMED', null);
        continue;
      }
      const o = r as Record<string, unknown>;
      const id = typeof o.id === 'string' && o.id.length > 0 && o.id.length <= 100 ? o.id : null;
      if (id === null) {
        fail('ID_INVALID', null);
        continue;
      }
      const point = typeof o.point === 'string' && o.point.length <= 64 ? (this.deps.points.peek(o.point) ?? (await this.deps.points.lookup(o.point))) : undefined;
      if (!point || (scope && !isWithin(point.regionCode, scope.regionCode))) {
        fail('POINT_UNKNOWN', id);
        continue;
      }
      if (!point.enabled) {
        fail('POINT_DISABLED', id);
        continue;
      }
      const ts = parseTs(o.ts);
      if (!ts) {
        fail('TS_INVALID', id);
        continue;
      }
      if (ts.getTime() > now + FUTURE_SLACK_MS) {
        fail('TS_IN_FUTURE', id);
        continue;
      }
      if (typeof o.value !== 'number' || !Number.isFinite(o.value)) {
        fail('VALUE_INVALID', id);
        continue;
      }
      good.push({ point, ts, value: o.value, id });
    }
    return { good, rejected };
  }

  count(code: RejectCode) {
    this.counters.rejected[code] = (this.counters.rejected[code] ?? 0) + 1;
    this.deps.onReject?.(code);
  }

  /** Checks and queues readings; resolves once the batch holding them has committed. */
  async submit(raw: unknown[], scope: Actor | null): Promise<TelemetryResult> {
    const { good, rejected } = await this.check(raw, scope);
    if (rejected.length) this.deps.log.warn({ rejected: rejected.slice(0, 20), total: rejected.length }, 'telemetry readings rejected');
    const stored = good.length ? await this.enqueue(good) : { accepted: 0, duplicates: 0 };
    return { ...stored, rejected };
  }

  enqueue(readings: Good[]): Promise<{ accepted: number; duplicates: number }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ readings, resolve, reject });
      this.queued += readings.length;
      if (this.queued >= this.options.maxBatch) this.kick();
      else if (!this.timer) this.timer = setTimeout(() => this.kick(), this.options.lingerMs);
    });
  }

  /** Resolves when everything queued so far is written. */
  async drain(): Promise<void> {
    while (this.queue.length || this.flushing) {
      this.kick();
      if (this.flushing) await this.flushing;
    }
  }

  private kick() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.flushing || !this.queue.length) return;
    // At most about maxBatch readings per transaction: short transactions, bounded latency and memory.
    let take = 0;
    let n = 0;
    while (take < this.queue.length && (take === 0 || n < this.options.maxBatch)) n += this.queue[take++]!.readings.length;
    const batch = this.queue.splice(0, take);
    this.queued -= n;
    this.flushing = this.flush(batch).finally(() => {
      this.flushing = null;
      if (this.queue.length) this.kick();
    });
  }

  private async flush(batch: Pending[]): Promise<void> {
    const readings = batch.flatMap((p) => p.readings);
    try {
      await this.partitions.ensure(readings.map((r) => r.ts));
      const { fresh, raised } = await this.deps.data.write(this.actor, (uow) => this.write(uow, readings));
      this.counters.accepted += fresh.size;
      this.counters.duplicates += readings.length - fresh.size;
      this.counters.lastFlushAt = this.deps.clock.now();
      this.onCommitted?.({ readings: readings.length, alarmsRaised: raised, at: Date.now() });
      // Each new reading is credited once, to the first sender of it in the batch.
      const credited = new Set<string>();
      for (const p of batch) {
        let accepted = 0;
        for (const r of p.readings) {
          const k = freshKey(r.point.id, r.id, r.ts.getTime());
          if (fresh.has(k) && !credited.has(k)) {
            credited.add(k);
            accepted++;
          }
        }
        p.resolve({ accepted, duplicates: p.readings.length - accepted });
      }
    } catch (err) {
      this.deps.log.error({ err, readings: readings.length }, 'telemetry batch failed');
      for (const p of batch) p.reject(err);
    }
  }

  private async write(uow: UnitOfWork, readings: Good[]) {
    const db = moduleDb<MonitoringTables>(uow.db);
    // A reading sent twice in one batch is stored once; times travel as epoch milliseconds (cheaper than ISO text).
    const unique = new Map<string, Good>();
    for (const r of readings) {
      const k = freshKey(r.point.id, r.id, r.ts.getTime());
      if (!unique.has(k)) unique.set(k, r);
    }
    const rows = [...unique.values()];
    const ids = rows.map((r) => r.point.id);
    const times = rows.map((r) => r.ts.getTime());
    const readingIds = rows.map((r) => r.id);
    const stored = await sql`
      insert into monitoring_readings (point_id, ts, reading_id, value, region_code)
      select p, to_timestamp(t / 1000.0), i, v, r
      from unnest(${ids}::uuid[], ${times}::float8[], ${readingIds}::text[], ${rows.map((r) => r.value)}::float8[], ${rows.map((r) => r.point.regionCode)}::text[]) as u(p, t, i, v, r)
      on conflict do nothing`.execute(uow.db);
    let fresh: Set<string>;
    if (Number(stored.numAffectedRows ?? -1n) === rows.length) {
      fresh = new Set(unique.keys());
    } else {
      // Some were stored before (a resend): the rows this transaction wrote carry its transaction id.
      const mine = await sql<{ p: string; i: string; t: number }>`
        select point_id as p, reading_id as i, (extract(epoch from ts) * 1000)::float8 as t from monitoring_readings
        where (point_id, ts, reading_id) in (select p, to_timestamp(t / 1000.0), i from unnest(${ids}::uuid[], ${times}::float8[], ${readingIds}::text[]) as u(p, t, i))
          and xmin = pg_current_xact_id()::xid`.execute(uow.db);
      fresh = new Set(mine.rows.map((r) => freshKey(r.p, r.i, Math.round(r.t))));
    }
    const byPoint = new Map<string, Good[]>();
    for (const r of rows) {
      if (!fresh.has(freshKey(r.point.id, r.id, r.ts.getTime()))) continue;
      const list = byPoint.get(r.point.id);
      if (list) list.push(r);
      else byPoint.set(r.point.id, [r]);
    }
    if (!byPoint.size) return { fresh, raised: 0 };

    // Row locks serialise two instances evaluating the same point; the rule state is read under them.
    // Locked in id order, so two instances locking overlapping points cannot deadlock.
    const states = await db.selectFrom('monitoring_latest').select(['point_id', 'eval_state', 'ts', 'offline']).where('point_id', 'in', [...byPoint.keys()]).orderBy('point_id').forUpdate().execute();
    const stateOf = new Map(states.map((s) => [s.point_id, s]));

    const latest: Array<{ id: string; region: string; ts: Date; value: number; state: string; evalState: EvalState }> = [];
    const transitions: Array<{ point: PointInfo; t: Transition }> = [];
    const backOnline: PointInfo[] = [];
    const peaks: Array<{ point: PointInfo; max: number; min: number }> = [];
    for (const [pointId, list] of byPoint) {
      const point = list[0]!.point;
      const row = stateOf.get(pointId);
      let state = row ? (row.eval_state) : emptyState();
      const limitActiveBefore = hasActiveLimit(state);
      list.sort((a, b) => a.ts.getTime() - b.ts.getTime());
      let last: Good | null = null;
      let max = -Infinity;
      let min = Infinity;
      for (const r of list) {
        const out = evaluate(point.rule, state, { ts: r.ts.getTime(), value: r.value });
        if (out.stale) continue;
        state = out.state;
        last = r;
        max = Math.max(max, r.value);
        min = Math.min(min, r.value);
        for (const t of out.transitions) transitions.push({ point, t });
      }
      if (!last) continue;
      latest.push({ id: pointId, region: point.regionCode, ts: last.ts, value: last.value, state: pointState(state, false), evalState: state });
      if (row?.offline) backOnline.push(point);
      if (limitActiveBefore || hasActiveLimit(state)) peaks.push({ point, max, min });
    }

    if (latest.length) {
      // Every point has its row (the points service creates it, and it was just locked): update in place.
      const missing = latest.filter((l) => !stateOf.has(l.id));
      await sql`
        update monitoring_latest l set ts = u.t, value = u.v, state = u.s, eval_state = u.e::jsonb, offline = false, updated_at = ${uow.now}
        from unnest(${latest.map((l) => l.id)}::uuid[], ${latest.map((l) => l.ts.toISOString())}::timestamptz[], ${latest.map((l) => l.value)}::float8[],
          ${latest.map((l) => l.state)}::text[], ${latest.map((l) => JSON.stringify(l.evalState))}::text[]) as u(p, t, v, s, e)
        where l.point_id = u.p`.execute(uow.db);
      if (missing.length) {
        await sql`
          insert into monitoring_latest (point_id, region_code, ts, value, state, eval_state, offline, updated_at)
          select p, r, t, v, s, e::jsonb, false, ${uow.now} from unnest(${missing.map((l) => l.id)}::uuid[], ${missing.map((l) => l.region)}::text[],
            ${missing.map((l) => l.ts.toISOString())}::timestamptz[], ${missing.map((l) => l.value)}::float8[], ${missing.map((l) => l.state)}::text[],
            ${missing.map((l) => JSON.stringify(l.evalState))}::text[]) as u(p, r, t, v, s, e)
          on conflict (point_id) do nothing`.execute(uow.db);
      }
      this.noteChanged(uow, latest);
    }

    const raised = await this.deps.alarms.applyTransitions(uow, [
      ...backOnline.map((point) => ({ kind: 'clear' as const, pointId: point.id, condition: 'OFFLINE' as const, at: uow.now, value: null })),
      ...transitions.map(({ point, t }) =>
        t.kind === 'raise'
          ? { kind: 'raise' as const, input: { pointId: point.id, pointCode: point.code, regionCode: point.regionCode, condition: t.condition, threshold: t.threshold, value: t.value, readingAt: new Date(t.ts) } }
          : { kind: 'clear' as const, pointId: point.id, condition: t.condition, at: new Date(t.ts), value: t.value },
      ),
    ]);
    // The furthest reading past the limit while an alarm is open: high limits keep the maximum, low the minimum.
    const withOpen = peaks;
    if (withOpen.length) {
      await sql`
        update monitoring_alarms a set peak_value = case when a.condition in ('H','HH') then greatest(a.peak_value, u.mx)
                                                         when a.condition in ('L','LL') then least(a.peak_value, u.mn) else a.peak_value end
        from unnest(${withOpen.map((p) => p.point.id)}::uuid[], ${withOpen.map((p) => p.max)}::float8[], ${withOpen.map((p) => p.min)}::float8[]) as u(p, mx, mn)
        where a.point_id = u.p and a.status <> 'closed' and a.condition_cleared_at is null and a.condition in ('H','HH','L','LL')`.execute(uow.db);
    }
    return { fresh, raised };
  }

  /** At most one live "values changed" event a second per county, so boards refresh without a flood. */
  private noteChanged(uow: UnitOfWork, latest: Array<{ id: string; region: string }>) {
    for (const l of latest) {
      const county = `${l.region.slice(0, 6)}000000`;
      let set = this.changedSinceEmit.get(county);
      if (!set) this.changedSinceEmit.set(county, (set = new Set()));
      if (set.size < 500) set.add(l.id);
    }
    const now = Date.now();
    if (now - this.lastEmit < 1000) return;
    this.lastEmit = now;
    for (const [county, ids] of this.changedSinceEmit) uow.emit(VALUES_CHANGED, county, { pointIds: [...ids] });
    this.changedSinceEmit = new Map();
  }
}

const hasActiveLimit = (s: EvalState) => (['HH', 'H', 'L', 'LL'] as const).some((c) => s.conditions[c]?.active);
const freshKey = (pointId: string, readingId: string, ts: number) => `${pointId}|${readingId}|${ts}`;

function parseTs(v: unknown): Date | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? new Date(v) : null;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
