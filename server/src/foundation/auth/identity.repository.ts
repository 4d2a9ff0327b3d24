import { sql, type Insertable, type Kysely } from 'kysely';
import type { Permission, TokenScope } from '@shouwang/contracts';
import type { FoundationTables } from '../db/tables.js';

type Q = Kysely<FoundationTables>;

export type UserRecord = {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  regionCode: string;
  orgUnitId: string | null;
  phone: string | null;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  createdAt: Date;
  roles: string[];
  permissions: Permission[];
};

/** SQL for users, roles, sessions and API tokens: the only code that touches those tables. */
export const identityRepository = {
  async findUser(db: Q, by: { username: string } | { id: string }): Promise<UserRecord | null> {
    let q = db
      .selectFrom('users as u')
      .leftJoin('user_roles as ur', 'ur.user_id', 'u.id')
      .leftJoin('roles as r', 'r.key', 'ur.role_key')
      .select([
        'u.id', 'u.username', 'u.display_name', 'u.password_hash', 'u.region_code', 'u.org_unit_id', 'u.phone',
        'u.disabled', 'u.failed_logins', 'u.locked_until', 'u.created_at',
        sql<string[]>`coalesce(array_agg(r.key order by r.key) filter (where r.key is not null), '{}')`.as('roles'),
        sql<Permission[]>`coalesce((select array_agg(distinct p) from roles r2 join user_roles ur2 on ur2.role_key = r2.key, jsonb_array_elements_text(r2.permissions) p where ur2.user_id = u.id), '{}')`.as('permissions'),
      ])
      .groupBy('u.id');
    q = 'username' in by ? q.where('u.username', '=', by.username) : q.where('u.id', '=', by.id);
    const r = await q.executeTakeFirst();
    return r
      ? {
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          passwordHash: r.password_hash,
          regionCode: r.region_code,
          orgUnitId: r.org_unit_id,
          phone: r.phone,
          disabled: r.disabled,
          failedLogins: r.failed_logins,
          lockedUntil: r.locked_until,
          createdAt: r.created_at,
          roles: r.roles,
          permissions: r.permissions,
        }
      : null;
  },

  async recordFailure(db: Q, userId: string, maxFailures: number, lockUntil: Date): Promise<{ locked: boolean }> {
    const row = await db
      .updateTable('users')
      .set((eb) => ({
        failed_logins: sql<number>`case when ${eb.ref('failed_logins')} + 1 >= ${maxFailures} then 0 else ${eb.ref('failed_logins')} + 1 end`,
        locked_until: sql<Date | null>`case when ${eb.ref('failed_logins')} + 1 >= ${maxFailures} then ${lockUntil}::timestamptz else ${eb.ref('locked_until')} end`,
      }))
      .where('id', '=', userId)
      .returning(['locked_until'])
      .executeTakeFirstOrThrow();
    return { locked: row.locked_until !== null && row.locked_until.getTime() === lockUntil.getTime() };
  },

  async recordSuccess(db: Q, userId: string) {
    await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
  },

  async createSession(db: Q, s: Insertable<FoundationTables['sessions']>) {
    await db.insertInto('sessions').values(s).execute();
  },

  async findSession(db: Q, idHash: string, now: Date) {
    return db
      .selectFrom('sessions')
      .select(['id_hash', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  },

  async touchSession(db: Q, idHash: string, now: Date) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  },

  async deleteSession(db: Q, idHash: string) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },

  async deleteSessionsOf(db: Q, userId: string) {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  },

  async findTokenByPrefix(db: Q, prefix: string) {
    return db.selectFrom('api_tokens').selectAll().where('prefix', '=', prefix).executeTakeFirst();
  },

  async touchToken(db: Q, id: string, now: Date) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  },

  async listRoles(db: Q) {
    return db.selectFrom('roles').selectAll().orderBy('built_in', 'desc').orderBy('key').execute();
  },

  async upsertRole(db: Q, r: { key: string; name: string; name_en: string; permissions: TokenScope[] | string[]; built_in: boolean }) {
    const permissions = JSON.stringify(r.permissions);
    await db
      .insertInto('roles')
      .values({ ...r, permissions })
      .onConflict((oc) => oc.column('key').doUpdateSet({ name: r.name, name_en: r.name_en, permissions, built_in: r.built_in }))
      .execute();
  },
};
