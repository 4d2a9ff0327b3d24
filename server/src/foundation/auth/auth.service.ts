import { timingSafeEqual } from 'node:crypto';
import type { MeResponse, TokenScope } from '@shouwang/contracts';
import type { Clock } from '../clock.js';
import type { DataLayer } from '../db/data-layer.js';
import { authError } from '../http/common-errors.js';
import { systemActor, tokenActor, userActor, type Actor } from './actor.js';
import { identityRepository as repo, type UserRecord } from './identity.repository.js';
import { dummyHash, verifyPassword } from './password.js';
import { newSecret, parseApiToken, secretHash } from './tokens.js';

export type AuthSettings = { sessionTtlHours: number; loginMaxFailures: number; loginLockMinutes: number };
export type SessionInfo = { actor: Actor; csrfToken: string; sessionHash: string };
type RegionNames = (codes: string[]) => Promise<Map<string, string>>;
type OrgUnitNames = (ids: string[]) => Promise<Map<string, string>>;

const safeEqual = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Sign-in, sessions and API tokens. Reads identity tables without region scope: it decides the scope. */
export function createAuthService(deps: {
  data: DataLayer;
  clock: Clock;
  settings: AuthSettings;
  regionNames: RegionNames;
  orgUnitNames: OrgUnitNames;
}) {
  const { data, clock, settings } = deps;
  const db = data.system;
  const system = systemActor('auth');
  // Touching last_seen is throttled. Resolved sessions are kept a few seconds so a burst of requests
  // costs one lookup; a session ended elsewhere (logout, password change on another instance) stops
  // working within SESSION_CACHE_MS.
  const TOUCH_EVERY_MS = 60_000;
  const SESSION_CACHE_MS = 5_000;
  const cache = new Map<string, { info: SessionInfo; until: number }>();

  async function login(username: string, password: string, meta: { ip: string | null; userAgent: string | null }) {
    const now = clock.now();
    const user = await repo.findUser(db, { username });
    if (!user) {
      await verifyPassword(await dummyHash(), password);
      throw authError('AUTH_INVALID_CREDENTIALS');
    }
    // A failed attempt is the platform's record (nobody is signed in yet); a success is the user's own act.
    const audit = (action: string, detail: Record<string, unknown>, by: Actor = system) =>
      data.write(by, async (uow) => {
        uow.audit({ action, entity: 'user', entityId: user.id, regionCode: user.regionCode, after: { username: user.username, ip: meta.ip, ...detail } });
      });
    if (user.lockedUntil && user.lockedUntil > now) throw authError('AUTH_LOCKED');
    if (!(await verifyPassword(user.passwordHash, password))) {
      const lockUntil = new Date(now.getTime() + settings.loginLockMinutes * 60_000);
      const { locked } = await repo.recordFailure(db, user.id, settings.loginMaxFailures, lockUntil);
      await audit(locked ? 'auth.locked' : 'auth.login-failed', locked ? { lockedUntil: lockUntil.toISOString() } : {});
      throw authError(locked ? 'AUTH_LOCKED' : 'AUTH_INVALID_CREDENTIALS');
    }
    if (user.disabled) throw authError('AUTH_DISABLED');
    const token = newSecret();
    const csrfToken = newSecret(24);
    await db.transaction().execute(async (trx) => {
      await repo.recordSuccess(trx, user.id);
      await repo.createSession(trx, {
        id_hash: secretHash(token),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: new Date(now.getTime() + settings.sessionTtlHours * 3600_000),
        last_seen_at: now,
        ip: meta.ip,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      });
    });
    await audit('auth.login', {}, actorOf(user));
    return { token, csrfToken, me: await describe(user, csrfToken) };
  }

  async function session(token: string): Promise<SessionInfo | null> {
    const now = clock.now();
    const sessionHash = secretHash(token);
    const hit = cache.get(sessionHash);
    if (hit && hit.until > now.getTime()) return hit.info;
    cache.delete(sessionHash);
    const s = await repo.findSession(db, sessionHash, now);
    if (!s) return null;
    const user = await repo.findUser(db, { id: s.user_id });
    if (!user || user.disabled) return null;
    if (now.getTime() - s.last_seen_at.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, sessionHash, now);
    const info = { actor: actorOf(user), csrfToken: s.csrf_token, sessionHash };
    if (cache.size > 10_000) cache.clear();
    cache.set(sessionHash, { info, until: Math.min(now.getTime() + SESSION_CACHE_MS, s.expires_at.getTime()) });
    return info;
  }

  async function apiToken(full: string): Promise<Actor | null> {
    const parsed = parseApiToken(full);
    if (!parsed) return null;
    const row = await repo.findTokenByPrefix(db, parsed.prefix);
    const now = clock.now();
    if (!row || !safeEqual(row.secret_hash, secretHash(parsed.secret))) return null;
    if (row.revoked_at || (row.expires_at && row.expires_at <= now)) return null;
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_EVERY_MS) await repo.touchToken(db, row.id, now);
    return tokenActor({ id: row.id, name: row.name, regionCode: row.region_code, scopes: row.scopes as TokenScope[] });
  }

  async function logout(sessionHash: string) {
    cache.delete(sessionHash);
    await repo.deleteSession(db, sessionHash);
  }

  async function me(actor: Actor, csrfToken: string): Promise<MeResponse> {
    const user = actor.id ? await repo.findUser(db, { id: actor.id }) : null;
    if (!user) throw authError('AUTH_REQUIRED');
    return describe(user, csrfToken);
  }

  async function describe(user: UserRecord, csrfToken: string): Promise<MeResponse> {
    const [regions, orgs, roles] = await Promise.all([
      deps.regionNames([user.regionCode]),
      user.orgUnitId ? deps.orgUnitNames([user.orgUnitId]) : Promise.resolve(new Map<string, string>()),
      repo.listRoles(db),
    ]);
    return {
      csrfToken,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        regionCode: user.regionCode,
        regionName: regions.get(user.regionCode) ?? user.regionCode,
        orgUnit: user.orgUnitId ? { id: user.orgUnitId, name: orgs.get(user.orgUnitId) ?? '' } : null,
        roles: roles.filter((r) => user.roles.includes(r.key)).map((r) => ({ key: r.key, name: r.name })),
        permissions: [...user.permissions].sort(),
      },
    };
  }

  /** Forget cached sessions of a user whose account changed on this instance. */
  function forgetUser(userId: string) {
    for (const [k, v] of cache) if (v.info.actor.id === userId) cache.delete(k);
  }

  return { login, session, apiToken, logout, me, safeEqual, forgetUser };
}

export const actorOf = (u: UserRecord) =>
  userActor({ id: u.id, name: u.displayName, regionCode: u.regionCode, permissions: u.permissions });

export type AuthService = ReturnType<typeof createAuthService>;
