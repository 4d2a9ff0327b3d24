import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../src/seed/seed.js';
import { signInClient, type TestClient, type TestPlatform } from './platform.js';

let nextAddress = 0;

/**
 * Signs in through the real login route, like `platform.as()`, but each sign-in comes from its own
 * client address: a suite signs in far more often than the login rate limit (20 a minute per address)
 * allows one person, and the limit is not what these suites test.
 */
export async function signIn(p: TestPlatform, username: string, password = DEMO_PASSWORD): Promise<TestClient> {
  nextAddress += 1;
  return signInClient(p.app, username, password, `10.77.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`);
}

export type ErrorReply = { code: string; message: string; requestId: string; details?: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Asserts the error contract: the status, a stable code, a non-empty message, the request id, nothing
 * else but optional details, and no trace of a stack.
 */
export function expectError(res: LightMyRequestResponse, status: number, code: string): ErrorReply {
  assert.equal(res.statusCode, status, `expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const body = res.json<ErrorReply>();
  assert.equal(body.code, code, res.body);
  assert.equal(typeof body.message, 'string');
  assert.ok(body.message.length > 0, 'message must not be empty');
  assert.match(body.requestId, UUID);
  for (const key of Object.keys(body)) assert.ok(['code', 'message', 'details', 'requestId'].includes(key), `unexpected key ${key}`);
  assert.doesNotMatch(res.body, /\bat .+:\d+:\d+|node_modules|\/server\/src\/|"stack"/, 'an error body must not carry a stack');
  return body;
}

/** Row counts of the tables a rejected write could have touched, and the audit head. */
export type Snapshot = Record<'regions' | 'org_units' | 'users' | 'user_roles' | 'api_tokens' | 'audit_ledger' | 'event_outbox', number> & { headSeq: number };

export async function snapshot(p: TestPlatform): Promise<Snapshot> {
  const db = p.data.system;
  const count = async (table: string) => {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    return Number(r.rows[0]?.n);
  };
  const head = await db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirst();
  return {
    regions: await count('regions'),
    org_units: await count('org_units'),
    users: await count('users'),
    user_roles: await count('user_roles'),
    api_tokens: await count('api_tokens'),
    audit_ledger: await count('audit_ledger'),
    event_outbox: await count('event_outbox'),
    headSeq: head?.seq ?? 0,
  };
}

/** Runs a request that must be refused and asserts it changed nothing that a write could change. */
export async function refusedWithoutChange(p: TestPlatform, send: () => Promise<LightMyRequestResponse>, status: number, code: string): Promise<ErrorReply> {
  const before = await snapshot(p);
  const body = expectError(await send(), status, code);
  assert.deepEqual(await snapshot(p), before, `${code}: a refused request must not change anything`);
  return body;
}

export async function userIdOf(p: TestPlatform, username: string): Promise<string> {
  const row = await p.data.system.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return row.id;
}

export async function orgUnitIdOf(p: TestPlatform, name: string): Promise<string> {
  const r = await sql<{ id: string }>`select id from org_units where name = ${name}`.execute(p.data.system);
  const id = r.rows[0]?.id;
  if (!id) throw new Error(`no org unit named ${name}`);
  return id;
}

/** A name no other test uses, so tests sharing one platform do not collide. */
let unique = 0;
export const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${++unique}`;
