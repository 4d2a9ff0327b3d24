import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { ApiToken, AuditEntry, OrgUnit, Region, RegionPath, User } from '@shouwang/contracts';
import { systemActor, userActor, type Actor } from '../../src/foundation/auth/actor.js';
import { moduleDb } from '../../src/foundation/db/module-db.js';
import type { FoundationTables } from '../../src/foundation/db/tables.js';
import { OutOfScopeError } from '../../src/foundation/scope/scope-plugin.js';
import type { OrganisationsTables } from '../../src/modules/organisations/organisations.tables.js';
import type { RegionsTables } from '../../src/modules/regions/regions.tables.js';
import type { Kysely } from 'kysely';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { expectError, orgUnitIdOf, refusedWithoutChange, signIn, uniqueName, userIdOf } from '../support.js';

type Tables = FoundationTables & OrganisationsTables & RegionsTables;
const tables = (db: Kysely<FoundationTables>) => moduleDb<Tables>(db);

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const HAINAN = '150303000000';
const WUDA = '150304000000';
const BAOTOU = '150200000000';
const PROVINCE = '150000000000';

const codes = (items: { code: string }[]) => items.map((i) => i.code);

describeEachEngine('region scope', ({ p }) => {
  let demoAdmin: TestClient;
  let wuhaiAdmin: TestClient;
  let wuhaiDuty: TestClient;
  let haibowan: TestClient;

  before(async () => {
    [demoAdmin, wuhaiAdmin, wuhaiDuty, haibowan] = await Promise.all([signIn(p(), 'demo-admin'), signIn(p(), 'wuhai-admin'), signIn(p(), 'wuhai-duty'), signIn(p(), 'haibowan-duty')]);
  });

  async function get<T>(c: TestClient, url: string): Promise<T> {
    const res = await c.request('GET', url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json<T>();
  }

  describe('regions', () => {
    it('a city user starts at his city and sees its counties', async () => {
      const root = await get<{ items: Region[] }>(wuhaiDuty, '/api/regions');
      assert.deepEqual(root.items.map((r) => [r.code, r.name, r.childCount]), [[WUHAI, '乌海市', 3]]);
      const children = await get<{ items: Region[] }>(wuhaiDuty, `/api/regions?parent=${WUHAI}`);
      assert.deepEqual(codes(children.items), [HAIBOWAN, HAINAN, WUDA]);
    });

    it('a city user gets 404 for another city, its counties and the province above him', async () => {
      for (const code of [BAOTOU, '150203000000', PROVINCE, '150600000000']) {
        expectError(await wuhaiDuty.request('GET', `/api/regions/${code}`), 404, 'REGION_NOT_FOUND');
        expectError(await wuhaiDuty.request('GET', `/api/regions?parent=${code}`), 404, 'REGION_NOT_FOUND');
      }
    });

    it('a county user sees neither his sibling county nor his parent city', async () => {
      const root = await get<{ items: Region[] }>(haibowan, '/api/regions');
      assert.deepEqual(codes(root.items), [HAIBOWAN]);
      for (const code of [HAINAN, WUDA, WUHAI, '150303001000', '150303001006']) {
        expectError(await haibowan.request('GET', `/api/regions/${code}`), 404, 'REGION_NOT_FOUND');
      }
      // Not even as a list of children: the city's other counties stay hidden.
      expectError(await haibowan.request('GET', `/api/regions?parent=${WUHAI}`), 404, 'REGION_NOT_FOUND');
      expectError(await haibowan.request('GET', `/api/regions?parent=${HAINAN}`), 404, 'REGION_NOT_FOUND');
    });

    it('a county user sees the whole tree below him, with ancestors only down from his own root', async () => {
      const townships = await get<{ items: Region[] }>(haibowan, `/api/regions?parent=${HAIBOWAN}`);
      assert.ok(townships.items.length >= 8);
      assert.ok(townships.items.every((r) => r.code.startsWith('150302') && r.level === 4));
      const village = await get<RegionPath>(haibowan, '/api/regions/150302001002');
      assert.equal(village.region.name, '和平社区居委会');
      assert.deepEqual(codes(village.ancestors), [HAIBOWAN, '150302001000']);
      const fromCity = await get<RegionPath>(wuhaiDuty, '/api/regions/150302001002');
      assert.deepEqual(codes(fromCity.ancestors), [WUHAI, HAIBOWAN, '150302001000']);
    });
  });

  describe('organisation units', () => {
    it('lists only units in the caller’s subtree, even when asked for another region', async () => {
      const city = await get<{ items: OrgUnit[]; total: number }>(wuhaiAdmin, '/api/org-units?limit=500');
      assert.ok(city.items.length > 0);
      assert.ok(city.items.every((u) => u.regionCode.startsWith('1503')), 'only 乌海 units');
      assert.ok(city.items.some((u) => u.name === '海勃湾区应急管理局'));
      assert.ok(!city.items.some((u) => u.name === '包头市应急管理局'));
      const county = await get<{ items: OrgUnit[]; total: number }>(haibowan, '/api/org-units?limit=500');
      assert.ok(county.items.length > 0 && county.items.every((u) => u.regionCode.startsWith('150302')));
      assert.ok(!county.items.some((u) => u.name === '海南区应急管理局' || u.name === '乌海市应急管理局'));
      const asked = await get<{ items: OrgUnit[]; total: number }>(wuhaiAdmin, `/api/org-units?regionCode=${BAOTOU}`);
      assert.deepEqual(asked, { items: [], total: 0 });
    });

    it('a unit of another region is 404 by id', async () => {
      const baotouUnit = await orgUnitIdOf(p(), '包头市应急管理局');
      expectError(await wuhaiAdmin.request('GET', `/api/org-units/${baotouUnit}`), 404, 'ORG_UNIT_NOT_FOUND');
      const hainanUnit = await orgUnitIdOf(p(), '海南区应急管理局');
      expectError(await haibowan.request('GET', `/api/org-units/${hainanUnit}`), 404, 'ORG_UNIT_NOT_FOUND');
      assert.equal((await wuhaiAdmin.request('GET', `/api/org-units/${hainanUnit}`)).statusCode, 200);
    });

    it('creating a unit in another region is 404 and writes nothing', async () => {
      const name = uniqueName('越界单位');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/org-units', { name, kind: 'other', regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/org-units', { name, kind: 'other', regionCode: PROVINCE }), 404, 'REGION_NOT_FOUND');
    });

    it('creating a unit under a parent unit of another region is 404 and writes nothing', async () => {
      const parentId = await orgUnitIdOf(p(), '包头市消防救援支队');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/org-units', { name: uniqueName('挂靠单位'), kind: 'fire_rescue', regionCode: WUHAI, parentId }), 404, 'ORG_UNIT_NOT_FOUND');
    });

    it('moving an own unit into another region is 404 and leaves it where it was', async () => {
      const created = await wuhaiAdmin.request('POST', '/api/org-units', { name: uniqueName('乌达区防汛办'), kind: 'water', regionCode: WUDA });
      assert.equal(created.statusCode, 201, created.body);
      const unit = created.json<OrgUnit>();
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('PATCH', `/api/org-units/${unit.id}`, { regionCode: BAOTOU, name: '搬走的单位' }), 404, 'REGION_NOT_FOUND');
      assert.deepEqual(await get<OrgUnit>(wuhaiAdmin, `/api/org-units/${unit.id}`), unit);
    });

    it('a unit of another region cannot be changed', async () => {
      const id = await orgUnitIdOf(p(), '包头市应急管理局');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('PATCH', `/api/org-units/${id}`, { phone: '110' }), 404, 'ORG_UNIT_NOT_FOUND');
      const hainan = await orgUnitIdOf(p(), '海南区应急管理局');
      await refusedWithoutChange(p(), () => haibowan.request('PATCH', `/api/org-units/${hainan}`, { regionCode: HAIBOWAN }), 403, 'AUTH_FORBIDDEN');
    });
  });

  describe('users', () => {
    it('lists only users in the caller’s subtree', async () => {
      const list = await get<{ items: User[]; total: number }>(wuhaiAdmin, '/api/users?limit=500');
      const names = list.items.map((u) => u.username);
      for (const u of ['wuhai-admin', 'wuhai-duty', 'wuhai-leader', 'wuhai-viewer', 'haibowan-duty']) assert.ok(names.includes(u), u);
      for (const u of ['demo-admin', 'baotou-duty', 'ordos-duty']) assert.ok(!names.includes(u), u);
      assert.ok(list.items.every((u) => u.regionCode.startsWith('1503')));
      assert.equal(list.total, list.items.length);
      const county = await get<{ items: User[] }>(haibowan, '/api/users?limit=500');
      assert.ok(county.items.every((u) => u.regionCode.startsWith('150302')));
      assert.ok(county.items.some((u) => u.username === 'haibowan-duty'));
      assert.deepEqual((await get<{ items: User[]; total: number }>(wuhaiAdmin, `/api/users?regionCode=${BAOTOU}`)).total, 0);
    });

    it('a user of another region is 404 by id, also to a county user looking up at his city', async () => {
      expectError(await wuhaiAdmin.request('GET', `/api/users/${await userIdOf(p(), 'baotou-duty')}`), 404, 'USER_NOT_FOUND');
      expectError(await haibowan.request('GET', `/api/users/${await userIdOf(p(), 'wuhai-duty')}`), 404, 'USER_NOT_FOUND');
      assert.equal((await wuhaiAdmin.request('GET', `/api/users/${await userIdOf(p(), 'haibowan-duty')}`)).statusCode, 200);
    });

    it('creating a user in another region, or in an org unit of another region, is 404 and writes nothing', async () => {
      const base = { displayName: '越界用户', password: 'Scope2026x', roles: ['viewer'] };
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/users', { ...base, username: uniqueName('outside'), regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
      const baotouUnit = await orgUnitIdOf(p(), '包头市应急管理局');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/users', { ...base, username: uniqueName('outside'), regionCode: WUHAI, orgUnitId: baotouUnit }), 404, 'ORG_UNIT_NOT_FOUND');
    });

    it('moving a user into another region is 404 and leaves him unchanged; users elsewhere cannot be changed', async () => {
      const created = await wuhaiAdmin.request('POST', '/api/users', { username: uniqueName('hainan-clerk'), displayName: '海南区文员', password: 'Scope2026x', regionCode: HAINAN, roles: ['viewer'] });
      assert.equal(created.statusCode, 201, created.body);
      const user = created.json<User>();
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('PATCH', `/api/users/${user.id}`, { regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
      assert.deepEqual(await get<User>(wuhaiAdmin, `/api/users/${user.id}`), user);
      const baotou = await userIdOf(p(), 'baotou-duty');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('PATCH', `/api/users/${baotou}`, { disabled: true }), 404, 'USER_NOT_FOUND');
      const row = await p().data.system.selectFrom('users').select('disabled').where('id', '=', baotou).executeTakeFirstOrThrow();
      assert.equal(row.disabled, false);
    });
  });

  describe('API tokens', () => {
    it('lists and revokes only tokens of the caller’s subtree', async () => {
      const baotouToken = await demoAdmin.request('POST', '/api/api-tokens', { name: uniqueName('包头水位站'), regionCode: BAOTOU, scopes: ['read'] });
      assert.equal(baotouToken.statusCode, 201, baotouToken.body);
      const own = await wuhaiAdmin.request('POST', '/api/api-tokens', { name: uniqueName('海勃湾水位站'), regionCode: HAIBOWAN, scopes: ['read'] });
      assert.equal(own.statusCode, 201, own.body);
      const foreignId = baotouToken.json<{ token: ApiToken }>().token.id;
      const ownId = own.json<{ token: ApiToken }>().token.id;

      const listed = await get<{ items: ApiToken[] }>(wuhaiAdmin, '/api/api-tokens');
      assert.ok(listed.items.some((t) => t.id === ownId));
      assert.ok(!listed.items.some((t) => t.id === foreignId));
      assert.ok(listed.items.every((t) => t.regionCode.startsWith('1503')));
      assert.ok((await get<{ items: ApiToken[] }>(demoAdmin, '/api/api-tokens')).items.some((t) => t.id === foreignId));

      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', `/api/api-tokens/${foreignId}/revoke`), 404, 'TOKEN_NOT_FOUND');
      const row = await p().data.system.selectFrom('api_tokens').select('revoked_at').where('id', '=', foreignId).executeTakeFirstOrThrow();
      assert.equal(row.revoked_at, null);
      assert.equal((await wuhaiAdmin.request('POST', `/api/api-tokens/${ownId}/revoke`)).statusCode, 200);
    });

    it('a token for another region cannot be created', async () => {
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/api-tokens', { name: uniqueName('越界令牌'), regionCode: BAOTOU, scopes: ['read'] }), 404, 'REGION_NOT_FOUND');
    });
  });

  describe('audit list', () => {
    it('shows only entries of the caller’s subtree', async () => {
      const created = await demoAdmin.request('POST', '/api/org-units', { name: uniqueName('包头市地震局'), kind: 'other', regionCode: BAOTOU });
      assert.equal(created.statusCode, 201, created.body);
      const baotouUnit = created.json<OrgUnit>().id;
      const all = await get<{ items: AuditEntry[] }>(demoAdmin, `/api/audit?entity=org_unit&entityId=${baotouUnit}`);
      assert.equal(all.items.length, 1);
      assert.deepEqual(await get<{ items: AuditEntry[] }>(wuhaiDuty, `/api/audit?entity=org_unit&entityId=${baotouUnit}`), { items: [] });

      const city = await get<{ items: AuditEntry[] }>(wuhaiDuty, '/api/audit?limit=500');
      assert.ok(city.items.length > 0);
      assert.ok(city.items.every((e) => e.regionCode.startsWith('1503')));
      const county = await get<{ items: AuditEntry[] }>(haibowan, '/api/audit?limit=500');
      assert.ok(county.items.length > 0);
      assert.ok(county.items.every((e) => e.regionCode.startsWith('150302')));
      const province = await get<{ items: AuditEntry[] }>(demoAdmin, '/api/audit?limit=500');
      assert.ok(province.items.some((e) => e.regionCode.startsWith('1502')));
    });
  });

  describe('system notices', () => {
    it('posting to a region outside the subtree is 404 and sends nothing', async () => {
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/system/notices', { title: '越界通知', regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
      await refusedWithoutChange(p(), () => wuhaiAdmin.request('POST', '/api/system/notices', { title: '越界通知', regionCode: PROVINCE }), 404, 'REGION_NOT_FOUND');
      const inside = await wuhaiAdmin.request('POST', '/api/system/notices', { title: '海勃湾区停水通知', regionCode: HAIBOWAN });
      assert.equal(inside.statusCode, 201, inside.body);
    });
  });

  describe('the scope plugin in the data layer', () => {
    const county: Actor = userActor({ id: randomUUID(), name: '海勃湾区测试', regionCode: HAIBOWAN, permissions: [] });
    const system = systemActor('scope-test');

    /** Two units with the given name prefix: one inside 海勃湾区, one in its sibling 海南区. */
    async function unitPair(prefix: string) {
      const inside = await p().services.organisations.create(system, { name: `${prefix}-内`, kind: 'other', regionCode: HAIBOWAN });
      const outside = await p().services.organisations.create(system, { name: `${prefix}-外`, kind: 'other', regionCode: HAINAN });
      return { inside, outside };
    }

    async function unitRow(id: string) {
      return tables(p().data.system).selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
    }

    it('filters plain reads, and subqueries inside them', async () => {
      const seen = await tables(p().data.read(county)).selectFrom('regions').select('code').where('parent_code', '=', WUHAI).execute();
      assert.deepEqual(codes(seen), [HAIBOWAN]);
      const withSub = await tables(p().data.read(county))
        .selectFrom('regions as r')
        .where('r.code', '=', HAIBOWAN)
        .select((eb) => eb.selectFrom('regions as s').select((e) => e.fn.countAll<number>().as('n')).where('s.parent_code', '=', WUHAI).as('siblings'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(withSub.siblings), 1);
      const all = await tables(p().data.read(system)).selectFrom('regions').select('code').where('parent_code', '=', WUHAI).execute();
      assert.deepEqual(codes(all), [HAIBOWAN, HAINAN, WUDA]);
    });

    it('a left join keeps its left rows and only hides the out-of-scope right side; an inner join drops them', async () => {
      const db = tables(p().data.read(county));
      const left = await db.selectFrom('regions as c').leftJoin('regions as parent', 'parent.code', 'c.parent_code').select(['c.code', 'parent.name as parentName']).where('c.code', 'in', [HAIBOWAN, '150302001000']).orderBy('c.code').execute();
      assert.deepEqual(left, [
        { code: HAIBOWAN, parentName: null },
        { code: '150302001000', parentName: '海勃湾区' },
      ]);
      const inner = await db.selectFrom('regions as c').innerJoin('regions as parent', 'parent.code', 'c.parent_code').select(['c.code']).where('c.code', 'in', [HAIBOWAN, '150302001000']).execute();
      assert.deepEqual(codes(inner), ['150302001000']);
    });

    it('updates and deletes touch only rows inside the subtree', async () => {
      const { inside, outside } = await unitPair(uniqueName('更新过滤'));
      const updated = await p().data.write(county, (uow) => tables(uow.db).updateTable('org_units').set({ phone: '0473-1111111' }).where('id', 'in', [inside.id, outside.id]).executeTakeFirst());
      assert.equal(Number(updated.numUpdatedRows), 1);
      assert.equal((await unitRow(inside.id))?.phone, '0473-1111111');
      assert.equal((await unitRow(outside.id))?.phone, null);

      const deleted = await p().data.write(county, (uow) => tables(uow.db).deleteFrom('org_units').where('id', 'in', [inside.id, outside.id]).executeTakeFirst());
      assert.equal(Number(deleted.numDeletedRows), 1);
      assert.equal(await unitRow(inside.id), undefined);
      assert.ok(await unitRow(outside.id));
    });

    it('an insert with a code outside the subtree throws before anything is written, also as one row of many', async () => {
      const name = uniqueName('越界插入');
      const row = (code: string, suffix: string) => ({ id: randomUUID(), name: `${name}-${suffix}`, kind: 'other', region_code: code, parent_id: null, phone: null, created_at: new Date(), updated_at: new Date() });
      await assert.rejects(
        p().data.write(county, (uow) => tables(uow.db).insertInto('org_units').values(row(HAINAN, 'a')).execute()),
        (e: unknown) => e instanceof OutOfScopeError && e.table === 'org_units' && e.regionCode === HAINAN,
      );
      await assert.rejects(
        p().data.write(county, (uow) => tables(uow.db).insertInto('org_units').values([row(HAIBOWAN, 'b'), row('150302001000', 'c'), row(WUHAI, 'd')]).execute()),
        OutOfScopeError,
      );
      // Without the region column there is nothing to check against: refused as well.
      await assert.rejects(
        p().data.write(county, (uow) => tables(uow.db).insertInto('org_units').values({ id: randomUUID(), name: `${name}-e`, kind: 'other' } as never).execute()),
        OutOfScopeError,
      );
      const left = await tables(p().data.system).selectFrom('org_units').select('name').where('name', 'like', `${name}%`).execute();
      assert.deepEqual(left, []);
    });

    it('an update cannot move a row out of the subtree, but may move it within', async () => {
      const { inside } = await unitPair(uniqueName('迁移'));
      await assert.rejects(
        p().data.write(county, (uow) => tables(uow.db).updateTable('org_units').set({ region_code: HAINAN }).where('id', '=', inside.id).execute()),
        OutOfScopeError,
      );
      assert.equal((await unitRow(inside.id))?.region_code, HAIBOWAN);
      await p().data.write(county, (uow) => tables(uow.db).updateTable('org_units').set({ region_code: '150302001000' }).where('id', '=', inside.id).execute());
      assert.equal((await unitRow(inside.id))?.region_code, '150302001000');
    });

    it('an upsert cannot take over an existing row outside the subtree', async () => {
      const { outside } = await unitPair(uniqueName('抢占'));
      const result = await p().data.write(county, (uow) =>
        tables(uow.db)
          .insertInto('org_units')
          .values({ id: outside.id, name: '被抢占的单位', kind: 'other', region_code: HAIBOWAN, parent_id: null, phone: null, created_at: new Date(), updated_at: new Date() })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: '被抢占的单位', region_code: HAIBOWAN }))
          .executeTakeFirst(),
      );
      assert.equal(Number(result.numInsertedOrUpdatedRows ?? 0n), 0);
      const row = await unitRow(outside.id);
      assert.equal(row?.name, outside.name);
      assert.equal(row?.region_code, HAINAN);
    });

    it('a MERGE into a scoped table is refused rather than half-scoped', async () => {
      await assert.rejects(
        tables(p().data.read(county))
          .mergeInto('org_units')
          .using('regions', 'regions.code', 'org_units.region_code')
          .whenMatched()
          .thenDelete()
          .execute(),
        OutOfScopeError,
      );
    });

    it('the platform’s own actor is not scoped', async () => {
      const n = await tables(p().data.read(system)).selectFrom('org_units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const m = await tables(p().data.system).selectFrom('org_units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(n.n), Number(m.n));
    });
  });
});
