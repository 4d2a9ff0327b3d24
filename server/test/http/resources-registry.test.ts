import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import type { Facility, FeatureCollection, ImportResult, NearestResult, StrengthReport, SupplyItem, Team, TeamDetail, Warehouse } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const BAOTOU = '150200000000';
// A point in an empty stretch of the Ulan Buh desert, so demo data never sits between the test's points.
const ORIGIN = { lon: 106.2, lat: 40.2 };

const count = async (p: TestPlatform, table: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(p.data.system)).rows[0]?.n);

describeEachEngine('rescue teams, experts, facilities, nearest and the map over HTTP', ({ p }) => {
  let admin: TestClient;
  let root: TestClient;
  let baotou: TestClient;

  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
    root = await signIn(p(), 'demo-admin');
    baotou = await signIn(p(), 'baotou-duty');
  });

  const team = async (over: Record<string, unknown> = {}, client = admin) => {
    const res = await client.request('POST', '/api/resources/teams', {
      name: uniqueName('乌海市危险化学品应急救援队'),
      kind: 'professional',
      specialities: ['hazardous_chemicals'],
      level: 'prefecture',
      regionCode: WUHAI,
      lon: ORIGIN.lon + 0.1,
      lat: ORIGIN.lat,
      baseAddress: '乌达工业园区',
      leader: '刘强',
      phone: '0473-3112119',
      equipment: [{ name: '泡沫消防车', quantity: 2, unit: '辆' }],
      ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Team>();
  };
  const nearest = async (query: string, client = admin) => {
    const res = await client.request('GET', `/api/resources/nearest?lon=${ORIGIN.lon}&lat=${ORIGIN.lat}&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<NearestResult>().items;
  };

  it('seeds the plan’s 34 region-level teams and a meaningful demo around 乌海', async () => {
    const region = (await root.request('GET', '/api/resources/teams?level=region&limit=100')).json<{ items: Team[]; total: number }>();
    assert.equal(region.items.filter((t) => t.kind === 'professional').length, 34);
    const hazchem = region.items.filter((t) => t.specialities.includes('hazardous_chemicals'));
    assert.equal(hazchem.length, 7);
    const shelters = (await admin.request('GET', '/api/resources/facilities?kind=shelter')).json<{ total: number }>();
    assert.ok(shelters.total > 0);
    const strength = (await root.request('GET', '/api/resources/teams/strength')).json<StrengthReport>();
    assert.ok(strength.understrength.length > 0, 'the demo has one understrength banner team to show');
  });

  it('creates a team with its roster, keeps readiness history, and audits every change', async () => {
    const members = [
      { name: '刘强', role: 'leader', phone: '13904731001', skills: ['气体检测', '堵漏'], certificates: [{ name: '应急救援员', number: 'YJ-001', expiresOn: '2028-06-30' }] },
      { name: '陈伟', phone: '13904731002', skills: ['破拆'] },
    ];
    const t = await team({ members });
    assert.equal(t.status, 'standby');
    assert.equal(t.memberCount, 2);
    const ledgerBefore = await count(p(), 'audit_ledger');
    let res = await admin.request('POST', `/api/resources/teams/${t.id}/status`, { status: 'deployed', note: '赴乌达区危化品泄漏现场' });
    assert.equal(res.statusCode, 200, res.body);
    res = await admin.request('POST', `/api/resources/teams/${t.id}/members`, { name: '马丽', role: 'deputy', phone: '13904731003' });
    assert.equal(res.statusCode, 201, res.body);
    const detail = (await admin.request('GET', `/api/resources/teams/${t.id}`)).json<TeamDetail>();
    assert.equal(detail.status, 'deployed');
    assert.deepEqual(detail.members.map((m) => [m.name, m.role]), [['刘强', 'leader'], ['马丽', 'deputy'], ['陈伟', 'member']]);
    assert.deepEqual(detail.members[0]?.certificates, members[0]?.certificates);
    assert.deepEqual(detail.history.map((h) => [h.status, h.note]), [['deployed', '赴乌达区危化品泄漏现场'], ['standby', '组建']]);
    assert.equal(await count(p(), 'audit_ledger'), ledgerBefore + 2);
    // The roster can retire a member without losing them.
    res = await admin.request('PATCH', `/api/resources/members/${detail.members[2]!.id}`, { active: false });
    assert.equal(res.statusCode, 200, res.body);
    const after = (await admin.request('GET', `/api/resources/teams/${t.id}`)).json<TeamDetail>();
    assert.equal(after.memberCount, 2);
    assert.deepEqual(after.members.find((m) => m.name === '陈伟')?.skills, ['破拆'], 'a partial update leaves unmentioned fields alone');
    res = await admin.request('PATCH', `/api/resources/teams/${t.id}`, { leader: '陈伟' });
    assert.deepEqual([res.json<Team>().leader, res.json<Team>().equipment], ['陈伟', t.equipment]);
  });

  it('nearest: exact great-circle order, speciality and readiness filters, and the index follows moves and disbanding', async () => {
    const speciality = 'water_rescue';
    const far = await team({ specialities: [speciality], lon: ORIGIN.lon + 0.3, lat: ORIGIN.lat });
    const near = await team({ specialities: [speciality], lon: ORIGIN.lon, lat: ORIGIN.lat + 0.05 });
    const other = await team({ specialities: ['coal_mine'], lon: ORIGIN.lon + 0.01, lat: ORIGIN.lat });
    let hits = await nearest(`kind=team&speciality=${speciality}&n=2`);
    assert.deepEqual(hits.map((h) => h.id), [near.id, far.id]);
    assert.ok(Math.abs(hits[0]!.distanceMetres - 5560) < 30, `0.05° of latitude ≈ 5.56 km, got ${hits[0]!.distanceMetres}`);
    assert.ok(hits[0]!.etaMinutes > 0 && hits[0]!.status === 'standby');
    assert.ok(!hits.some((h) => h.id === other.id));

    await admin.request('PATCH', `/api/resources/teams/${far.id}`, { lon: ORIGIN.lon + 0.001, lat: ORIGIN.lat });
    hits = await nearest(`kind=team&speciality=${speciality}&n=2`);
    assert.deepEqual(hits.map((h) => h.id), [far.id, near.id], 'a moved team is found at its new place at once');

    await admin.request('POST', `/api/resources/teams/${far.id}/status`, { status: 'deployed' });
    hits = await nearest(`kind=team&speciality=${speciality}&n=2`);
    assert.equal(hits[0]?.id, near.id, 'a deployed team is not available');
    assert.equal((await nearest(`kind=team&speciality=${speciality}&status=deployed&n=1`))[0]?.id, far.id);

    await admin.request('POST', `/api/resources/teams/${near.id}/status`, { status: 'disbanded' });
    assert.ok(!(await nearest(`kind=team&speciality=${speciality}&n=5&status=disbanded`)).some((h) => h.id === near.id), 'disbanded teams leave the map');
  });

  it('nearest warehouses hold enough usable stock; nearest shelters have free places', async () => {
    const item = (await admin.request('POST', '/api/resources/supply-items', { code: '3010101', name: uniqueName('编织袋'), unit: '条' })).json<SupplyItem>();
    const wh = async (dLon: number) => {
      const res = await admin.request('POST', '/api/resources/warehouses', { name: uniqueName('乌海市防汛物资仓库'), level: 'county', regionCode: HAIBOWAN, lon: ORIGIN.lon + dLon, lat: ORIGIN.lat, address: '海勃湾区', manager: '王磊', phone: '0473-3990000' });
      assert.equal(res.statusCode, 201, res.body);
      return res.json<Warehouse>();
    };
    const small = await wh(0.02);
    const big = await wh(0.2);
    for (const [w, quantity] of [[small, 100], [big, 800]] as const) {
      const res = await admin.request('POST', `/api/resources/warehouses/${w.id}/inbound`, { itemId: item.id, batchNo: 'B1', producedOn: '2026-01-01', expiresOn: null, quantity });
      assert.equal(res.statusCode, 201, res.body);
    }
    const hits = await nearest(`kind=warehouse&itemId=${item.id}&minQuantity=500&n=3`);
    assert.deepEqual(hits.map((h) => [h.id, h.availableQuantity]), [[big.id, 800]]);
    assert.deepEqual((await nearest(`kind=warehouse&itemId=${item.id}&n=3`)).map((h) => h.id), [small.id, big.id]);

    const shelter = async (dLat: number, capacity: number, occupancy: number) => {
      const res = await admin.request('POST', '/api/resources/facilities', { kind: 'shelter', name: uniqueName('乌海市人民公园应急避难场所'), level: 'prefecture', regionCode: WUHAI, lon: ORIGIN.lon, lat: ORIGIN.lat + dLat, address: '海勃湾区', manager: '赵敏', phone: '0473-2020000', shelterClass: 'fixed', capacity, occupancy, amenities: ['power', 'water'] });
      assert.equal(res.statusCode, 201, res.body);
      return res.json<Facility>();
    };
    const full = await shelter(-0.01, 1000, 990);
    const roomy = await shelter(-0.1, 5000, 0);
    assert.equal((await nearest('kind=shelter&minFreeCapacity=100&n=1'))[0]?.id, roomy.id);
    const res = await admin.request('POST', `/api/resources/facilities/${full.id}/occupancy`, { occupancy: 100 });
    assert.equal(res.statusCode, 200, res.body);
    const first = (await nearest('kind=shelter&minFreeCapacity=100&n=1'))[0];
    assert.deepEqual([first?.id, first?.freeCapacity], [full.id, 900]);
    expectError(await admin.request('POST', `/api/resources/facilities/${full.id}/occupancy`, { occupancy: 1001 }), 422, 'SHELTER_OVER_CAPACITY');
  });

  it('serves viewport points, and grid clusters when the box holds more than the limit', async () => {
    for (let i = 0; i < 6; i++) await team({ specialities: ['urban_safety'], lon: ORIGIN.lon - 0.5 + i * 0.001, lat: ORIGIN.lat - 0.5 });
    const box = `${ORIGIN.lon - 0.51},${ORIGIN.lat - 0.51},${ORIGIN.lon - 0.49},${ORIGIN.lat - 0.49}`;
    let res = await admin.request('GET', `/api/resources/features?bbox=${box}&kinds=team&speciality=urban_safety`);
    assert.equal(res.statusCode, 200, res.body);
    let fc = res.json<FeatureCollection>();
    assert.deepEqual([fc.total, fc.clustered, fc.features.length], [6, false, 6]);
    assert.ok(fc.features.every((f) => f.properties.kind === 'team' && f.properties.specialities === 'urban_safety'));
    res = await admin.request('GET', `/api/resources/features?bbox=${box}&kinds=team&speciality=urban_safety&limit=3`);
    fc = res.json<FeatureCollection>();
    assert.equal(fc.clustered, true);
    assert.equal(fc.features.reduce((s, f) => s + f.properties.count, 0), 6, 'clusters account for every point');
    expectError(await admin.request('GET', `/api/resources/features?bbox=107,40,106,41&kinds=team`), 400, 'BBOX_INVALID');
    expectError(await admin.request('GET', `/api/resources/features?bbox=abc&kinds=team`), 400, 'VALIDATION_FAILED');
  });

  it('keeps region scope on teams, members, experts, facilities, nearest, the map and exports', async () => {
    const bt = await team({ regionCode: BAOTOU, name: uniqueName('包头市城市安全应急救援队'), specialities: ['earthquake_geological'], members: [{ name: '韩梅', phone: '13904721001' }] }, root);
    const wh = await team({ specialities: ['earthquake_geological'] });
    const btExpert = (await root.request('POST', '/api/resources/experts', { name: uniqueName('李教授'), fields: ['地震'], title: '教授', organisation: '内蒙古科技大学', phone: '13904721002', regionCode: BAOTOU })).json<{ id: string }>();
    // Baotou's duty officer sees Baotou's records and nothing of Wuhai's.
    assert.equal((await baotou.request('GET', `/api/resources/teams/${bt.id}`)).statusCode, 200);
    expectError(await baotou.request('GET', `/api/resources/teams/${wh.id}`), 404, 'TEAM_NOT_FOUND');
    const list = (await baotou.request('GET', '/api/resources/teams?limit=500')).json<{ items: Team[] }>().items;
    assert.ok(list.every((t) => t.regionCode.startsWith('1502')) && list.some((t) => t.id === bt.id));
    const members = (await baotou.request('GET', '/api/resources/members?limit=500')).json<{ items: { regionCode: string }[] }>().items;
    assert.ok(members.length > 0 && members.every((m) => m.regionCode.startsWith('1502')));
    expectError(await admin.request('GET', `/api/resources/experts/${btExpert.id}`), 404, 'EXPERT_NOT_FOUND');
    const facilities = (await baotou.request('GET', '/api/resources/facilities?limit=500')).json<{ items: Facility[] }>().items;
    assert.ok(facilities.every((f) => f.regionCode.startsWith('1502')));
    const far = await nearest('kind=team&speciality=earthquake_geological&n=100', baotou);
    assert.ok(far.some((h) => h.id === bt.id) && !far.some((h) => h.id === wh.id));
    const fc = (await baotou.request('GET', '/api/resources/features?bbox=97,37,126,53&kinds=team,shelter,warehouse&limit=20000')).json<FeatureCollection>();
    assert.ok(!fc.features.some((f) => f.properties.id === wh.id));
    const csv = (await baotou.request('GET', '/api/resources/teams/export?format=csv')).body;
    assert.ok(csv.includes(bt.name) && !csv.includes(wh.name));
    // Writes outside the subtree are refused and change nothing.
    const before = await count(p(), 'resources_teams');
    expectError(await admin.request('POST', '/api/resources/teams', { name: uniqueName('越权队伍'), kind: 'social', specialities: ['general_rescue'], level: 'county', regionCode: BAOTOU, lon: 110, lat: 40.6, baseAddress: '包头', leader: '某', phone: '12345678' }), 404, 'REGION_NOT_FOUND');
    expectError(await admin.request('PATCH', `/api/resources/teams/${bt.id}`, { leader: '某' }), 404, 'TEAM_NOT_FOUND');
    expectError(await admin.request('PATCH', `/api/resources/teams/${wh.id}`, { regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
    expectError(await baotou.request('POST', `/api/resources/teams/${bt.id}/status`, { status: 'deployed' }), 403, 'AUTH_FORBIDDEN');
    assert.equal(await count(p(), 'resources_teams'), before);
  });

  it('lists understrength teams against the Ordos minimums', async () => {
    const t = await team({ kind: 'comprehensive', level: 'county', regionCode: HAIBOWAN, specialities: ['general_rescue'], members: Array.from({ length: 12 }, (_, i) => ({ name: `队员${i}`, phone: `139047320${String(i).padStart(2, '0')}` })) });
    const report = (await admin.request('GET', '/api/resources/teams/strength')).json<StrengthReport>();
    const mine = report.understrength.find((u) => u.teamId === t.id);
    assert.deepEqual(mine && [mine.minimum, mine.actual, mine.shortfall], [30, 12, 18]);
    assert.ok(report.rules.some((r) => r.level === 'prefecture' && r.minimum === 50));
    assert.ok(report.missing.every((m) => m.regionCode.startsWith('1503')), 'only regions in scope');
    const narrowed = (await admin.request('GET', `/api/resources/teams/strength?regionCode=${HAIBOWAN}`)).json<StrengthReport>();
    assert.ok(narrowed.understrength.some((u) => u.teamId === t.id) && narrowed.missing.every((m) => m.regionCode.startsWith('150302')));
    const inCity = (await admin.request('GET', `/api/resources/teams?regionCode=${WUHAI}&kind=comprehensive&limit=500`)).json<{ items: Team[] }>().items;
    assert.ok(inCity.some((x) => x.id === t.id), 'a region filter covers the region’s subtree');
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = [await count(p(), 'resources_teams'), await count(p(), 'resources_facilities'), await count(p(), 'audit_ledger')];
    const e = expectError(await admin.request('POST', '/api/resources/teams', { name: 'x', kind: 'army', specialities: [], level: 'county', regionCode: WUHAI, lon: 200, lat: 0, baseAddress: 'a', leader: 'b', phone: 'c' }), 400, 'VALIDATION_FAILED');
    const details = e.details as { path: string; message: string }[];
    assert.deepEqual(details.find((d) => d.path === 'lon')?.message, '不能大于 180', 'field details speak the user’s language');
    assert.deepEqual(details.find((d) => d.path === 'specialities')?.message, '至少填写 1 项');
    expectError(await admin.request('POST', '/api/resources/facilities', { kind: 'shelter', name: uniqueName('无容量'), level: 'county', regionCode: WUHAI, lon: 106.8, lat: 39.6, address: 'a', manager: 'b', phone: '12345678' }), 422, 'SHELTER_CAPACITY_REQUIRED');
    expectError(await admin.request('POST', '/api/resources/facilities', { kind: 'helipad', name: uniqueName('机降点'), level: 'county', regionCode: WUHAI, lon: 106.8, lat: 39.6, address: 'a', manager: 'b', phone: '12345678', occupancy: 5 }), 422, 'FACILITY_NOT_SHELTER');
    expectError(await admin.request('GET', '/api/resources/nearest?lon=106&lat=95&kind=team'), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('GET', '/api/resources/nearest?lon=106&lat=40&kind=volcano'), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('GET', '/api/resources/teams/export?format=pdf'), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('GET', '/api/resources/experts/export?format=geojson'), 400, 'EXPORT_NO_GEOMETRY');
    assert.deepEqual([await count(p(), 'resources_teams'), await count(p(), 'resources_facilities'), await count(p(), 'audit_ledger')], before);
  });

  it('imports CSV with a preview and row errors in Chinese; nothing is written until every row is valid', async () => {
    const name = uniqueName('乌海市海勃湾区应急救援队');
    const header = '队伍名称,队伍类型,专业领域,层级,区划代码,经度,纬度,驻地地址,负责人,联系电话';
    const good = `${name},综合性,综合救援、水域救援,旗县级,${HAIBOWAN},106.82,39.67,海勃湾区新华街,王刚,0473-2011119`;
    const bad = `${uniqueName('坏行')},军队,危化,旗县级,1503,106.82,北纬39,海勃湾区,王刚,电话`;
    const csv = `${header}\n${good}\n${bad}\n`;
    const teamsBefore = await count(p(), 'resources_teams');
    let res = await admin.request('POST', '/api/resources/teams/import?dryRun=false', csv, { 'content-type': 'text/csv' });
    assert.equal(res.statusCode, 200, res.body);
    let r = res.json<ImportResult>();
    assert.equal(r.dryRun, true, 'a file with errors is never written');
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column]),
      [[3, '队伍类型'], [3, '纬度'], [3, '区划代码'], [3, '联系电话']],
    );
    assert.match(r.errors[0]!.reason, /“军队”不是有效取值，可选：综合性、专业/);
    assert.equal(r.errors[1]!.reason, '“北纬39”不是数字');
    assert.deepEqual(r.preview.map((row) => row.name), [name]);
    assert.equal(await count(p(), 'resources_teams'), teamsBefore);

    res = await admin.request('POST', '/api/resources/teams/import?dryRun=false', `${header}\n${good}\n`, { 'content-type': 'text/csv' });
    r = res.json<ImportResult>();
    assert.deepEqual([r.dryRun, r.created, r.updated, r.errors.length], [false, 1, 0, 0]);
    const created = (await admin.request('GET', `/api/resources/teams?q=${encodeURIComponent(name)}`)).json<{ items: Team[] }>().items[0];
    assert.deepEqual(created?.specialities, ['general_rescue', 'water_rescue']);
    // The same file again updates rather than duplicates.
    r = (await admin.request('POST', '/api/resources/teams/import?dryRun=false', `${header}\n${good.replace('王刚', '李刚')}\n`, { 'content-type': 'text/csv' })).json<ImportResult>();
    assert.deepEqual([r.created, r.updated], [0, 1]);
    // A dry run tries the writes and rolls them back, so its counts are what a commit would do.
    const another = `${uniqueName('乌海市乌达区应急救援队')},综合性,综合救援,旗县级,150304000000,106.72,39.5,乌达区,张伟,0473-3011119`;
    r = (await admin.request('POST', '/api/resources/teams/import?dryRun=true', `${header}\n${good}\n${another}\n`, { 'content-type': 'text/csv' })).json<ImportResult>();
    assert.deepEqual([r.dryRun, r.created, r.updated], [true, 1, 1]);
    assert.equal(await count(p(), 'resources_teams'), teamsBefore + 1);
    // Rows outside the caller's subtree are row errors, and the file is not written.
    const outside = `${header}\n${another}\n${uniqueName('包头队')},社会,综合救援,旗县级,${BAOTOU},110,40.6,包头,某,12345678\n`;
    r = (await admin.request('POST', '/api/resources/teams/import?dryRun=false', outside, { 'content-type': 'text/csv' })).json<ImportResult>();
    assert.deepEqual([r.dryRun, r.created, r.errors], [true, 0, [{ row: 3, column: '区划代码', reason: `区划 ${BAOTOU} 不存在或不在您的管辖范围内` }]]);
    assert.equal(await count(p(), 'resources_teams'), teamsBefore + 1);
    // Members are imported onto a team named in the file.
    const roster = `队伍区划代码,所属队伍,姓名,职务,联系电话,技能,在岗\n${HAIBOWAN},${name},赵磊,队员,13904739001,绳索救援、急救,是\n${HAIBOWAN},不存在的队伍,钱进,队员,13904739002,,是\n`;
    r = (await admin.request('POST', '/api/resources/members/import?dryRun=true', roster, { 'content-type': 'text/csv' })).json<ImportResult>();
    assert.deepEqual(r.errors, [{ row: 3, column: null, reason: '所属队伍“不存在的队伍”不存在或不在您的管辖范围内' }]);
    r = (await admin.request('POST', '/api/resources/members/import?dryRun=false', roster.split('\n').slice(0, 2).join('\n'), { 'content-type': 'text/csv' })).json<ImportResult>();
    assert.deepEqual([r.dryRun, r.created], [false, 1]);
    assert.equal((await admin.request('GET', `/api/resources/teams/${created?.id ?? ""}`)).json<TeamDetail>().members[0]?.skills.join(), '绳索救援,急救');
    expectError(await admin.request('POST', '/api/resources/teams/import', 'just,a,header\n', { 'content-type': 'text/csv' }), 400, 'IMPORT_EMPTY');
    expectError(await admin.request('POST', '/api/resources/teams/import', '{}', { 'content-type': 'application/json' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('exports XLSX that imports back cleanly, and GeoJSON of a layer', async () => {
    await team({ specialities: ['medical'], name: uniqueName('乌海市紧急医学救援队') });
    const res = await admin.request('GET', '/api/resources/teams/export?format=xlsx&speciality=medical');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.name, '救援队伍');
    assert.equal(ws.getRow(1).getCell(1).value, '队伍名称');
    assert.ok(ws.rowCount >= 2);
    const back = await admin.request('POST', '/api/resources/teams/import?dryRun=true', res.rawPayload, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    assert.equal(back.statusCode, 200, back.body);
    const r = back.json<ImportResult>();
    assert.deepEqual([r.errors, r.rows], [[], ws.rowCount - 1]);

    const template = await admin.request('GET', '/api/resources/experts/template?format=csv');
    assert.equal(template.body, '\ufeff姓名,专业领域,职称,工作单位,联系电话,电子邮箱,区划代码,可调用\r\n');
    const geo = await admin.request('GET', '/api/resources/facilities/export?format=geojson');
    const fc = geo.json<{ type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] }>();
    assert.equal(fc.type, 'FeatureCollection');
    assert.ok(fc.features.every((f) => f.geometry.coordinates.length === 2 && typeof f.properties['名称'] === 'string'));
  });
}, { demoResources: true });
