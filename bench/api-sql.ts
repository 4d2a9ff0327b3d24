// bench/api.ts: the SQL behind one API request, captured where pg sends it, and the two baselines that
// run that same SQL: a pgbench script (parameters inlined as literals, the values that must differ per
// transaction turned into pgbench variables) and a bare Fastify route that replays the statements through
// its own pg pool (no auth, no zod, no scope plugin, no presentation).
import { AsyncLocalStorage } from 'node:async_hooks';
import type http from 'node:http';
import { performance as perf } from 'node:perf_hooks';
import Fastify from 'fastify';
import pg from 'pg';

export type Statement = { text: string; values: unknown[]; start: number; end: number };

const requestTag = new AsyncLocalStorage<string>();

/**
 * The statements pg sends while `server` handles the request `method url`: each incoming request is
 * tagged (AsyncLocalStorage, entered before the framework sees it) and only queries issued in that
 * request's async context are kept, so background timers (job poller, outbox relay) stay out.
 */
export async function captureStatements(server: http.Server, method: string, url: string, send: () => Promise<void>): Promise<Statement[]> {
  const tag = `${method} ${url}`;
  const onRequest = (req: http.IncomingMessage) => requestTag.enterWith(`${req.method} ${req.url}`);
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const out: Statement[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (requestTag.getStore() === tag) {
      const a = args[0] as string | { text: string; values?: unknown[] };
      const s: Statement = typeof a === 'string' ? { text: a, values: [...((args[1] as unknown[]) ?? [])], start: perf.now(), end: NaN } : { text: a.text, values: [...(a.values ?? [])], start: perf.now(), end: NaN };
      out.push(s);
      const done = () => (s.end = perf.now());
      if (result instanceof Promise) result.then(done, done);
    }
    return result;
  };
  server.prependListener('request', onRequest);
  try {
    await send();
  } finally {
    proto.query = original;
    server.removeListener('request', onRequest);
  }
  return out;
}

/** Statements that ran concurrently (Promise.all in the service) form one group; groups ran one after another. */
export function concurrentGroups(statements: Statement[]): Statement[][] {
  const groups: Statement[][] = [];
  let busyUntil = -Infinity;
  for (const s of statements) {
    if (s.start < busyUntil && groups.length) groups[groups.length - 1]!.push(s);
    else groups.push([s]);
    busyUntil = Math.max(busyUntil, s.end);
  }
  return groups;
}

/** A bound parameter as an SQL literal: untyped like the bound parameter, so the server infers the same type. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return `'${String(v)}'`;
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return literal(`{${v.map((x) => `"${String(x).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`);
  throw new Error(`bench/api: cannot inline a parameter of type ${typeof v} (${JSON.stringify(v)?.slice(0, 80)})`);
}

const inline = (s: Statement, param: (v: unknown, i: number) => string = literal) => s.text.replace(/\$(\d+)/g, (_, n: string) => param(s.values[Number(n) - 1], Number(n) - 1));

/**
 * The pgbench script of a captured request. `vars` maps values (uuids) to pgbench variables set by
 * `prologue` (a `… \gset` statement); the id of every row the request inserts becomes a fresh
 * `gen_random_uuid()` from the prologue too (`pgb_u1`, `pgb_u2`, …: the prologue gets their names), in
 * every statement that mentions it. The audit ledger's chain position is read by the statement the
 * service itself runs (`select "seq", "hash" from "audit_head"`, given `\gset`) and the appended row gets
 * head + 1 and the head's hash, as the service computes them; the new hash stays the captured literal.
 */
export function pgbenchScript(statements: Statement[], vars: Map<string, string>, prologue: (newIds: string[]) => string | null): string {
  const fresh = new Map<string, string>();
  for (const s of statements) {
    const cols = insertColumns(s);
    if (cols[0] !== 'id') continue;
    for (let i = 0; i < s.values.length; i += cols.length) {
      const id = s.values[i];
      if (typeof id === 'string' && !vars.has(id) && !fresh.has(id)) fresh.set(id, `pgb_u${fresh.size + 1}`);
    }
  }
  const all = new Map([...vars, ...fresh]);
  const ledger = statements.find((s) => /^insert into "audit_ledger"/.test(s.text));
  const cols = ledger ? insertColumns(ledger) : [];
  if (ledger && ledger.values.length !== cols.length) throw new Error('bench/api: the request appended more than one audit entry; the pgbench chain rewrite handles one');
  const seq = ledger ? ledger.values[cols.indexOf('seq')] : undefined;
  const prevHash = ledger ? ledger.values[cols.indexOf('prev_hash')] : undefined;
  const lines: string[] = [];
  const head = prologue([...fresh.values()]);
  if (head) lines.push(head);
  for (const s of statements) {
    const audit = /^insert into "audit_(ledger|head)"/.test(s.text);
    let text = inline(s, (v) => (audit && v === seq ? ':pgb_seq' : audit && v === prevHash ? "':pgb_head_hash'" : literal(v)));
    for (const [value, name] of all) text = text.split(value).join(`:${name}`);
    if (/^select "seq", "hash" from "audit_head"/.test(s.text)) lines.push(`${text} \\gset pgb_head_`, '\\set pgb_seq :pgb_head_seq + 1');
    else lines.push(`${text};`);
  }
  return lines.join('\n') + '\n';
}

/** The column list of an INSERT statement (empty for anything else). */
function insertColumns(s: Statement): string[] {
  const m = /^insert into "[^"]+" \(([^)]*)\)/i.exec(s.text);
  return m ? m[1]!.split(',').map((c) => c.trim().replace(/"/g, '')) : [];
}

/** What the request ran, one line per statement (parameters inlined), for the output. */
export function describeStatements(statements: Statement[]): string[] {
  return concurrentGroups(statements).flatMap((g) => g.map((s, i) => `${g.length > 1 ? (i === 0 ? '┌ ' : '│ ') : '  '}${inline(s).replace(/\s+/g, ' ').slice(0, 160)}`));
}

/**
 * B1: a bare Fastify app in this process whose GET /bare/:name replays the captured statements of each
 * named request through its own pg pool (the platform's pool size), concurrent groups with Promise.all,
 * and answers the rows as JSON.
 */
export async function bareFastify(url: string, requests: Record<string, Statement[]>, poolSize: number) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {});
  const plans = new Map(Object.entries(requests).map(([name, st]) => [name, concurrentGroups(st)]));
  const app = Fastify({ logger: false });
  app.get<{ Params: { name: string } }>('/bare/:name', async (req, reply) => {
    const groups = plans.get(req.params.name);
    if (!groups) return reply.code(404).send({ error: 'no such request' });
    const results: unknown[][] = [];
    for (const g of groups) for (const r of await Promise.all(g.map((s) => pool.query(s.text, s.values)))) results.push(r.rows);
    return results;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: (app.server.address() as { port: number }).port,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
