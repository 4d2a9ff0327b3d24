import type { z } from 'zod';
import type { ApiToken, Permission, TokenScope, User, UserCreate, UserUpdate } from '@shouwang/contracts';
import type { Selectable } from 'kysely';
import { containsPattern } from '../db/like.js';
import type { DataLayer, UnitOfWork } from '../db/data-layer.js';
import type { FoundationTables } from '../db/tables.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import { can, requirePermission, type Actor } from './actor.js';
import { hashPassword } from './password.js';
import { newApiToken, secretHash } from './tokens.js';

const userNotFound = (id: string) => notFound('USER_NOT_FOUND', { zh: `用户 ${id} 不存在或不在您的管辖范围内`, en: `User ${id} not found in your scope` });
const tokenNotFound = (id: string) => notFound('TOKEN_NOT_FOUND', { zh: `令牌 ${id} 不存在或不在您的管辖范围内`, en: `API token ${id} not found in your scope` });

/** Lets accounts check an org unit without reading the organisations module's table. */
export type OrgUnitRegion = (actor: Actor, id: string, uow: UnitOfWork) => Promise<string | null>;

/** Permissions that confer administrative power; only someone who holds one may grant it. */
const ADMIN_PERMISSIONS: ReadonlySet<Permission> = new Set(['region.manage', 'user.manage', 'org.manage', 'token.manage', 'audit.verify']);

/** Every instance drops its cached sessions of the user when it sees this event. */
export const SESSIONS_ENDED = 'accounts.sessions-ended';

type UserRow = Selectable<FoundationTables['users']>;
type TokenRow = Selectable<FoundationTables['api_tokens']>;

const toUser = (r: UserRow, roles: string[]): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  regionCode: r.region_code,
  orgUnitId: r.org_unit_id,
  phone: r.phone,
  roles,
  disabled: r.disabled,
  lockedUntil: r.locked_until?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  regionCode: r.region_code,
  scopes: r.scopes as TokenScope[],
  prefix: r.prefix,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
});

/** User and API-token administration, region-scoped like every other record. */
export function createAccountsService(deps: { data: DataLayer; orgUnitRegion: OrgUnitRegion }) {
  const { data } = deps;

  async function rolesOf(db: UnitOfWork['db'] | ReturnType<DataLayer['read']>, ids: string[]) {
    const rows = ids.length ? await db.selectFrom('user_roles').select(['user_id', 'role_key']).where('user_id', 'in', ids).execute() : [];
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role_key].sort());
    return map;
  }

  async function checkRolesAndOrg(uow: UnitOfWork, roles: string[] | undefined, orgUnitId: string | null | undefined, userId?: string) {
    if (roles && userId && userId === uow.actor.id) {
      throw forbidden('ROLE_SELF_CHANGE', { zh: '不能修改自己的角色，请由其他管理员操作', en: 'You cannot change your own roles; ask another administrator' });
    }
    if (roles) {
      const known = await uow.db.selectFrom('roles').select(['key', 'permissions']).where('key', 'in', roles).execute();
      const missing = roles.filter((r) => !known.some((k) => k.key === r));
      if (missing.length) throw invalid('ROLE_UNKNOWN', { zh: `角色不存在：${missing.join('、')}`, en: `Unknown roles: ${missing.join(', ')}` }, { roles: missing });
      // An administrator assigns operational roles freely, but never administrative power he lacks himself.
      const beyond = [...new Set(known.flatMap((k) => (k.permissions as Permission[]).filter((p) => ADMIN_PERMISSIONS.has(p) && !can(uow.actor, p))))];
      if (beyond.length) {
        throw forbidden('ROLE_ABOVE_GRANTER', { zh: `不能授予超出本人权限的角色（${beyond.join('、')}）`, en: `Cannot grant a role with permissions you do not hold (${beyond.join(', ')})` }, { permissions: beyond });
      }
    }
    if (orgUnitId && !(await deps.orgUnitRegion(uow.actor, orgUnitId, uow))) {
      throw notFound('ORG_UNIT_NOT_FOUND', { zh: `单位 ${orgUnitId} 不存在或不在您的管辖范围内`, en: `Organisation unit ${orgUnitId} not found in your scope` });
    }
  }

  async function listUsers(actor: Actor, f: { regionCode?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    requirePermission(actor, 'user.read');
    const db = data.read(actor);
    let q = db.selectFrom('users');
    if (f.regionCode) q = q.where('region_code', '=', f.regionCode);
    if (f.q) {
      const pattern = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('username', 'like', pattern), eb('display_name', 'like', pattern)]));
    }
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('region_code').orderBy('username').limit(f.limit).offset(f.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const roles = await rolesOf(db, rows.map((r) => r.id));
    return { items: rows.map((r) => toUser(r, roles.get(r.id) ?? [])), total: Number(total.n) };
  }

  async function getUser(actor: Actor, id: string): Promise<User> {
    requirePermission(actor, 'user.read');
    const db = data.read(actor);
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw userNotFound(id);
    return toUser(row, (await rolesOf(db, [id])).get(id) ?? []);
  }

  async function createUser(actor: Actor, input: z.infer<typeof UserCreate>): Promise<User> {
    requirePermission(actor, 'user.manage');
    const passwordHash = await hashPassword(input.password);
    return data.write(actor, async (uow) => {
      await checkRolesAndOrg(uow, input.roles, input.orgUnitId);
      const row = await uow.db
        .insertInto('users')
        .values({
          username: input.username,
          display_name: input.displayName,
          password_hash: passwordHash,
          region_code: input.regionCode,
          org_unit_id: input.orgUnitId ?? null,
          phone: input.phone ?? null,
          created_at: uow.now,
          updated_at: uow.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await uow.db.insertInto('user_roles').values(input.roles.map((role_key) => ({ user_id: row.id, role_key }))).execute();
      const user = toUser(row, [...input.roles].sort());
      uow.audit({ action: 'user.created', entity: 'user', entityId: user.id, regionCode: user.regionCode, after: user });
      uow.emit('accounts.user-created', user.regionCode, { id: user.id, username: user.username });
      return user;
    });
  }

  async function updateUser(actor: Actor, id: string, patch: z.infer<typeof UserUpdate>): Promise<User> {
    requirePermission(actor, 'user.manage');
    const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
    return data.write(actor, async (uow) => {
      const beforeRow = await uow.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!beforeRow) throw userNotFound(id);
      const before = toUser(beforeRow, (await rolesOf(uow.db, [id])).get(id) ?? []);
      await checkRolesAndOrg(uow, patch.roles, patch.orgUnitId, id);
      const row = await uow.db
        .updateTable('users')
        .set({
          ...(patch.displayName !== undefined && { display_name: patch.displayName }),
          ...(patch.regionCode !== undefined && { region_code: patch.regionCode }),
          ...(patch.orgUnitId !== undefined && { org_unit_id: patch.orgUnitId }),
          ...(patch.phone !== undefined && { phone: patch.phone }),
          ...(patch.disabled !== undefined && { disabled: patch.disabled }),
          ...(passwordHash && { password_hash: passwordHash, failed_logins: 0, locked_until: null }),
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (patch.roles) {
        await uow.db.deleteFrom('user_roles').where('user_id', '=', id).execute();
        await uow.db.insertInto('user_roles').values(patch.roles.map((role_key) => ({ user_id: id, role_key }))).execute();
      }
      // A new password, a disabled account or a changed region ends the sessions that were granted before.
      if (passwordHash || patch.disabled || patch.regionCode) {
        await uow.db.deleteFrom('sessions').where('user_id', '=', id).execute();
        uow.emit(SESSIONS_ENDED, row.region_code, { userId: id });
      } else if (patch.roles) {
        // Sessions survive a role change, but cached ones still carry the old permissions.
        uow.emit(SESSIONS_ENDED, row.region_code, { userId: id });
      }
      const user = toUser(row, patch.roles ? [...patch.roles].sort() : before.roles);
      uow.audit({ action: passwordHash ? 'user.password-changed' : 'user.updated', entity: 'user', entityId: id, regionCode: user.regionCode, before, after: user });
      uow.emit('accounts.user-updated', user.regionCode, { id, username: user.username });
      return user;
    });
  }

  async function listTokens(actor: Actor) {
    requirePermission(actor, 'token.manage');
    const rows = await data.read(actor).selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
    return { items: rows.map(toToken) };
  }

  async function createToken(actor: Actor, input: { name: string; regionCode: string; scopes: TokenScope[]; expiresInDays?: number | null | undefined }) {
    requirePermission(actor, 'token.manage');
    const t = newApiToken();
    return data.write(actor, async (uow) => {
      const row = await uow.db
        .insertInto('api_tokens')
        .values({
          name: input.name,
          region_code: input.regionCode,
          scopes: JSON.stringify([...new Set(input.scopes)]),
          prefix: t.prefix,
          secret_hash: secretHash(t.secret),
          created_by: actor.kind === 'user' ? actor.id : null,
          created_at: uow.now,
          expires_at: input.expiresInDays ? new Date(uow.now.getTime() + input.expiresInDays * 86400_000) : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const token = toToken(row);
      uow.audit({ action: 'api-token.created', entity: 'api_token', entityId: token.id, regionCode: token.regionCode, after: token });
      return { token, secret: t.full };
    });
  }

  async function revokeToken(actor: Actor, id: string): Promise<ApiToken> {
    requirePermission(actor, 'token.manage');
    return data.write(actor, async (uow) => {
      const row = await uow.db.updateTable('api_tokens').set({ revoked_at: uow.now }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
      if (!row) throw tokenNotFound(id);
      const token = toToken(row);
      uow.audit({ action: 'api-token.revoked', entity: 'api_token', entityId: id, regionCode: token.regionCode, after: token });
      return token;
    });
  }

  return { listUsers, getUser, createUser, updateUser, listTokens, createToken, revokeToken };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
