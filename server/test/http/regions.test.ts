import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { AuditEntry, Region, RegionImportResult, RegionPath } from '@shouwang/contracts';
import { digestOf } from '../../src/foundation/audit/canonical.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { expectError, refusedWithoutChange, signIn, snapshot } from '../support.js';

const CHINESE = /[\u4e00-\u9fff]/;
const csv = { 'content-type': 'text/csv; charset=utf-8' };

describeEachEngine('regions over HTTP', ({ p }) => {
  let admin: TestClient;
  let duty: TestClient;
  let province: TestClient;

  before(async () => {
    [admin, duty, province] = await Promise.all([signIn(p(), 'wuhai-admin'), signIn(p(), 'wuhai-duty'), signIn(p(), 'demo-admin')]);
  });

  const importCsv = (text: string, dryRun?: boolean, c = admin) => c.request('POST', `/api/regions/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`, text, csv);

  describe('the region tree', () => {
    it('without a parent, lists the caller’s own root region with its child count', async () => {
      const res = await duty.request('GET', '/api/regions');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), {
        items: [{ code: '150300000000', name: '乌海市', level: 2, parentCode: '150000000000', lon: 106.820838, lat: 39.672834, childCount: 3 }],
      });
      const top = (await province.request('GET', '/api/regions')).json<{ items: Region[] }>();
      assert.deepEqual(top.items.map((r) => [r.code, r.level, r.parentCode, r.childCount]), [['150000000000', 1, null, 12]]);
    });

    it('lists the children of a region in code order, each with its own child count', async () => {
      const res = await duty.request('GET', '/api/regions?parent=150300000000');
      assert.equal(res.statusCode, 200);
      const items = res.json<{ items: Region[] }>().items;
      assert.deepEqual(items.map((r) => [r.code, r.name, r.level, r.parentCode]), [
        ['150302000000', '海勃湾区', 3, '150300000000'],
        ['150303000000', '海南区', 3, '150300000000'],
        ['150304000000', '乌达区', 3, '150300000000'],
      ]);
      for (const r of items) {
        const children = (await duty.request('GET', `/api/regions?parent=${r.code}`)).json<{ items: Region[] }>().items;
        assert.equal(r.childCount, children.length, r.name);
        assert.ok(children.length > 0);
      }
      const villages = (await duty.request('GET', '/api/regions?parent=150302001000')).json<{ items: Region[] }>().items;
      assert.ok(villages.length > 0 && villages.every((v) => v.level === 5 && v.childCount === 0));
    });

    it('accepts short codes and pads them to 12 digits', async () => {
      const short = (await duty.request('GET', '/api/regions?parent=1503')).json<{ items: Region[] }>();
      const long = (await duty.request('GET', '/api/regions?parent=150300000000')).json<{ items: Region[] }>();
      assert.deepEqual(short, long);
      const county = (await duty.request('GET', '/api/regions/150302')).json<RegionPath>();
      assert.equal(county.region.code, '150302000000');
      expectError(await duty.request('GET', '/api/regions/1503020'), 400, 'VALIDATION_FAILED');
    });

    it('gets a region with its ancestors inside the caller’s scope, root first', async () => {
      const res = await duty.request('GET', '/api/regions/150302001002');
      assert.equal(res.statusCode, 200);
      const path = res.json<RegionPath>();
      assert.equal(path.region.name, '和平社区居委会');
      assert.equal(path.region.level, 5);
      assert.deepEqual(path.ancestors.map((a) => [a.code, a.name]), [
        ['150300000000', '乌海市'],
        ['150302000000', '海勃湾区'],
        ['150302001000', '凤凰岭街道'],
      ]);
      const fromTop = (await province.request('GET', '/api/regions/150302001002')).json<RegionPath>();
      assert.deepEqual(fromTop.ancestors.map((a) => a.code), ['150000000000', '150300000000', '150302000000', '150302001000']);
      const root = (await duty.request('GET', '/api/regions/150300000000')).json<RegionPath>();
      assert.deepEqual(root.ancestors, []);
    });

    it('an unknown code is 404 like an out-of-scope one', async () => {
      expectError(await duty.request('GET', '/api/regions/150399000000'), 404, 'REGION_NOT_FOUND');
      expectError(await duty.request('GET', '/api/regions?parent=150399000000'), 404, 'REGION_NOT_FOUND');
    });

    it('needs a signed-in user with region.read', async () => {
      expectError(await p().app.inject({ method: 'GET', url: '/api/regions' }), 401, 'AUTH_REQUIRED');
    });
  });

  describe('CSV import', () => {
    const NEW_VILLAGES = [
      'code,name,level,parent_code,lon,lat,coord_source',
      '150302003001,新华一村,5,150302003000,106.81,39.66,approx-seat',
      '150302003002,新华二村,5,150302003000,,,',
      '150302003003,"新华""三""村,东片",5,150302003000,,,',
    ].join('\r\n');

    it('a dry run (the default) previews the counts and writes nothing', async () => {
      const before = await snapshot(p());
      for (const dryRun of [undefined, true]) {
        const res = await importCsv(NEW_VILLAGES, dryRun);
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(res.json(), { dryRun: true, rows: 3, created: 3, updated: 0, errors: [] });
      }
      assert.deepEqual(await snapshot(p()), before);
      expectError(await duty.request('GET', '/api/regions/150302003001'), 404, 'REGION_NOT_FOUND');
    });

    it('reports each bad row with its row number, column and a Chinese reason, and writes nothing', async () => {
      const text = [
        'code,name,level,parent_code,lon,lat',
        '15030200300A,坏代码村,5,150302003000,,', // 2 bad code
        '150302003011,层级不符村,4,150302003000,,', // 3 level mismatch
        '150302999001,无上级村,5,150302999000,,', // 4 parent missing
        '150202001000,越界街道,4,150202000000,,', // 5 out of scope (包头 东河区)
        '150302003012,坐标错误村,5,150302003000,200,39.5', // 6 bad longitude
        '150302003013,重复村,5,150302003000,,', // 7
        '150302003013,重复村,5,150302003000,,', // 8 duplicate
        '150302003014,好村,5,150302003000,,', // 9 fine
      ].join('\n');
      const before = await snapshot(p());
      const res = await importCsv(text, false);
      assert.equal(res.statusCode, 200, res.body);
      const result = res.json<RegionImportResult>();
      assert.equal(result.dryRun, true, 'a file with errors is never written, even when asked to');
      assert.equal(result.rows, 8);
      assert.deepEqual(result.errors.map((e) => [e.row, e.column]), [
        [2, 'code'],
        [3, 'level'],
        [4, 'parent_code'],
        [5, 'code'],
        [6, 'lon'],
        [8, 'code'],
      ]);
      assert.ok(result.errors.every((e) => CHINESE.test(e.reason)), JSON.stringify(result.errors));
      const reason = (row: number) => result.errors.find((e) => e.row === row)?.reason ?? '';
      assert.match(reason(2), /应为 6、9 或 12 位数字/);
      assert.match(reason(3), /层级/);
      assert.match(reason(4), /上级区划 150302999000 不存在/);
      assert.match(reason(5), /不在您的管辖范围内/);
      assert.match(reason(6), /经度/);
      assert.match(reason(8), /重复/);
      assert.deepEqual(await snapshot(p()), before);
      expectError(await duty.request('GET', '/api/regions/150302003014'), 404, 'REGION_NOT_FOUND');
    });

    it('a row whose parent is a new row of the same file is fine', async () => {
      const res = await importCsv('code,name\n150302004000,新华西街道\n150302004901,新华西新村\n150302004902,新华西二村\n150302009000,新华新区\n150302009001,新华新区一村', true);
      assert.equal(res.statusCode, 200, res.body);
      const result = res.json<RegionImportResult>();
      assert.deepEqual(result.errors, []);
      assert.equal(result.updated, 0, 'an unchanged existing row is not an update');
      assert.equal(result.created, 4);
    });

    it('a header without code or name is an error on row 1', async () => {
      const res = await importCsv('编码,名称\n150302003001,新华一村', false);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json<RegionImportResult>().errors.map((e) => [e.row, e.column]), [[1, 'code'], [1, 'name']]);
    });

    it('an empty file is 400 IMPORT_EMPTY', async () => {
      await refusedWithoutChange(p(), () => importCsv('  \n', false), 400, 'IMPORT_EMPTY');
      await refusedWithoutChange(p(), () => importCsv('', false), 400, 'IMPORT_EMPTY');
    });

    it('a valid file creates the villages under their township, with an audit entry each', async () => {
      const before = await snapshot(p());
      const res = await importCsv(`\uFEFF${NEW_VILLAGES}\r\n`, false);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { dryRun: false, rows: 3, created: 3, updated: 0, errors: [] });
      const after = await snapshot(p());
      assert.equal(after.regions, before.regions + 3);
      assert.equal(after.headSeq, before.headSeq + 3);

      const villages = (await duty.request('GET', '/api/regions?parent=150302003000')).json<{ items: Region[] }>().items;
      assert.deepEqual(villages.map((v) => [v.code, v.name, v.level, v.lon, v.lat]), [
        ['150302003001', '新华一村', 5, 106.81, 39.66],
        ['150302003002', '新华二村', 5, null, null],
        ['150302003003', '新华"三"村,东片', 5, null, null],
      ]);
      const township = (await duty.request('GET', '/api/regions/150302003000')).json<RegionPath>();
      assert.equal(township.region.childCount, 3);

      const entries = (await admin.request('GET', '/api/audit?entity=region&entityId=150302003001')).json<{ items: AuditEntry[] }>().items;
      assert.equal(entries.length, 1);
      assert.equal(entries[0]?.action, 'region.created');
      assert.equal(entries[0]?.actorName, '乌海市系统管理员');
      assert.equal(entries[0]?.regionCode, '150302003001');
      assert.equal(entries[0]?.beforeDigest, null);
      assert.equal(
        entries[0]?.afterDigest,
        digestOf({ code: '150302003001', name: '新华一村', level: 5, parentCode: '150302003000', lon: 106.81, lat: 39.66, coordSource: 'approx-seat' }),
      );
      assert.equal((await admin.request('GET', '/api/audit/verify')).json().ok, true);
    });

    it('importing the same file again changes nothing and writes no entries', async () => {
      const before = await snapshot(p());
      for (const dryRun of [true, false]) {
        const res = await importCsv(NEW_VILLAGES, dryRun);
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(res.json(), { dryRun, rows: 3, created: 0, updated: 0, errors: [] });
      }
      assert.deepEqual(await snapshot(p()), before);
    });

    it('a changed name or position is an update, audited with the state before', async () => {
      const res = await importCsv('code,name,lon,lat\n150302003002,新华二村（新）,106.8,39.65\n150302003001,新华一村,106.81,39.66', false);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { dryRun: false, rows: 2, created: 0, updated: 1, errors: [] });
      const region = (await duty.request('GET', '/api/regions/150302003002')).json<RegionPath>().region;
      assert.deepEqual([region.name, region.lon, region.lat], ['新华二村（新）', 106.8, 39.65]);
      const [entry] = (await admin.request('GET', '/api/audit?entity=region&entityId=150302003002')).json<{ items: AuditEntry[] }>().items;
      assert.equal(entry?.action, 'region.updated');
      assert.equal(entry?.beforeDigest, digestOf({ code: '150302003002', name: '新华二村', level: 5, parentCode: '150302003000', lon: null, lat: null, coordSource: null }));
    });

    it('the seeded file re-imported by the province administrator is already complete', async () => {
      const fs = await import('node:fs');
      const text = fs.readFileSync(new URL('../../src/modules/regions/data/inner-mongolia.csv', import.meta.url), 'utf8');
      const res = await importCsv(text, true, province);
      assert.equal(res.statusCode, 200);
      const result = res.json<RegionImportResult>();
      assert.deepEqual([result.errors, result.created, result.updated], [[], 0, 0]);
      assert.equal(result.rows, text.trim().split('\n').length - 1);
    });

    it('needs region.manage: a duty officer may not import', async () => {
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/regions/import?dryRun=false', NEW_VILLAGES, csv), 403, 'AUTH_FORBIDDEN');
    });

    it('dryRun accepts only true or false', async () => {
      const e = await refusedWithoutChange(p(), () => importCsv(NEW_VILLAGES.replace('新华一村', '改名村'), 'yes' as unknown as boolean), 400, 'VALIDATION_FAILED');
      assert.equal((e.details as { in: string; path: string }[])[0]?.path, 'dryRun');
    });
  });
});
