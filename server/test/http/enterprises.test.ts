import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import type { Enterprise, EnterpriseDetail, HazardAssessment, HazardReference, HazardSource } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const WUDA = '150304000000';
const HAINAN = '150303000000';
const BAOTOU = '150200000000';
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A fresh valid credit code in a county, so tests sharing one database never collide on the unique code. */
let serial = 0;
function newUscc(county = WUDA.slice(0, 6)): string {
  serial += 1;
  const body = `91${county}MA${(process.pid % 100_000).toString().padStart(5, '0')}${serial.toString().padStart(2, '0')}`.slice(0, 17);
  const sum = [...body].reduce((s, ch, i) => s + CHARSET.indexOf(ch) * WEIGHTS[i]!, 0);
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

const TABLES = ['enterprises', 'enterprises_hazard_sources', 'enterprises_hazard_persons', 'audit_ledger', 'event_outbox'];
async function counts(p: TestPlatform) {
  const out: number[] = [];
  for (const t of TABLES) out.push(Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(p.data.system)).rows[0]?.n));
  return out;
}

const chlorine = (quantityTonnes: number) => ({ name: '液氯', cas: '7782-50-5', quantityTonnes, unitName: '液氯储罐区' });
const methanol = (quantityTonnes: number) => ({ name: '甲醇', hazardCategory: 'W5.3', quantityTonnes, unitName: '甲醇罐区' });

describeEachEngine('enterprises and major hazard sources over HTTP', ({ p }) => {
  let admin: TestClient;
  let root: TestClient;
  let baotou: TestClient;
  let viewer: TestClient;

  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
    root = await signIn(p(), 'demo-admin');
    baotou = await signIn(p(), 'baotou-duty');
    viewer = await signIn(p(), 'wuhai-viewer');
  });

  const enterprise = async (over: Record<string, unknown> = {}, client = admin) => {
    const res = await client.request('POST', '/api/enterprises', {
      name: uniqueName('乌海测试化工有限公司'),
      uscc: newUscc(),
      industry: 'hazchem_production',
      regionCode: WUDA,
      lon: 106.7,
      lat: 39.47,
      address: '乌达经济开发区',
      principal: { name: '张伟', phone: '13904739001' },
      safetyManager: { name: '李强', phone: '13904739002' },
      ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Enterprise>();
  };
  const source = async (enterpriseId: string, over: Record<string, unknown> = {}, client = admin) => {
    const res = await client.request('POST', `/api/enterprises/${enterpriseId}/hazard-sources`, {
      name: uniqueName('储罐区'),
      units: [{ name: '液氯储罐区', kind: 'tank_farm' }, { name: '甲醇罐区', kind: 'tank_farm' }],
      chemicals: [chlorine(10)],
      exposedPopulation: 40,
      ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<HazardSource>();
  };
  const ledger = (entityId: string) =>
    sql<{ action: string; data: { grading?: unknown } }>`select action, data from audit_ledger where entity_id = ${entityId} order by seq`.execute(p().data.system).then((r) => r.rows);

  it('seeds demo enterprises whose hazard sources spread over every grade', async () => {
    const list = (await root.request('GET', '/api/enterprises?limit=100')).json<{ items: Enterprise[] }>().items;
    const major = (await root.request('GET', '/api/enterprises?limit=100&majorOnly=true')).json<{ items: Enterprise[] }>().items;
    assert.deepEqual(major.map((e) => e.id).sort(), list.filter((e) => e.majorHazardSourceCount > 0).map((e) => e.id).sort(), 'majorOnly keeps exactly those with a major source');
    assert.ok(major.length > 0 && major.length < list.length);
    assert.ok(list.some((e) => e.regionCode.startsWith('1503')) && list.some((e) => e.regionCode.startsWith('1506')));
    const sources = (await root.request('GET', '/api/hazard-sources?limit=500')).json<{ items: HazardSource[] }>().items;
    const grades = new Set(sources.map((s) => s.assessment.grade));
    for (const g of ['level1', 'level2', 'level3', 'level4', null]) assert.ok(grades.has(g as never), `a demo source of grade ${String(g)}`);
    const tank = sources.find((s) => s.name === '液氯储罐区');
    assert.deepEqual(tank && [tank.assessment.s, tank.assessment.alpha, tank.assessment.r, tank.assessment.grade], [30, 1, 120, 'level1']);
    assert.equal(tank?.packagePersons.technical?.name, '李红军');
    const chlorAlkali = list.find((e) => e.id === tank?.enterpriseId);
    assert.deepEqual(chlorAlkali && [chlorAlkali.hazardSourceCount, chlorAlkali.majorHazardSourceCount, chlorAlkali.highestHazardGrade], [3, 3, 'level1']);
  });

  it('grades a new source with its working, regrades it when quantities change, and audits both grades', async () => {
    const e = await enterprise();
    const s = await source(e.id, {
      packagePersons: { principal: { name: '张伟', phone: '13904739001', title: '总经理' }, technical: { name: '王工', phone: '13904739003' } },
    });
    // 10 t of liquid chlorine: q/Q = 10/5 = 2, β = 4 (Table 3), α = 1.2 (30–49 people): R = 9.6 → 四级.
    assert.deepEqual([s.assessment.s, s.assessment.weightedSum, s.assessment.alpha, s.assessment.r, s.assessment.isMajorHazard, s.assessment.grade], [2, 8, 1.2, 9.6, true, 'level4']);
    assert.deepEqual(s.assessment.terms[0], { name: '液氯', cas: '7782-50-5', quantityTonnes: 10, criticalQuantityTonnes: 5, criticalQuantitySource: 'table1', ratio: 2, beta: 4, betaSource: 'table3', weightedRatio: 8 });
    assert.deepEqual(s.packagePersons, { principal: { name: '张伟', phone: '13904739001', title: '总经理' }, technical: { name: '王工', phone: '13904739003', title: '' }, operational: null });

    let res = await admin.request('PATCH', `/api/hazard-sources/${s.id}`, { chemicals: [chlorine(60), methanol(5000)] });
    assert.equal(res.statusCode, 200, res.body);
    let after = res.json<HazardSource>();
    // 60/5 = 12 → β 4 → 48; 5000/500 = 10 → β 1 → 10; R = 1.2 × 58 = 69.6 → 二级.
    assert.deepEqual([after.assessment.s, after.assessment.r, after.assessment.grade], [22, 69.6, 'level2']);
    assert.deepEqual(after.units.map((u) => u.id), s.units.map((u) => u.id), 'units keep their ids');

    // Only the people nearby change: α 2.0, R = 116 → 一级.
    res = await admin.request('PATCH', `/api/hazard-sources/${s.id}`, { exposedPopulation: 100, packagePersons: { technical: null, operational: { name: '赵班长', phone: '13904739004' } } });
    after = res.json<HazardSource>();
    assert.deepEqual([after.assessment.alpha, after.assessment.r, after.assessment.grade], [2, 116, 'level1']);
    assert.deepEqual([after.packagePersons.principal?.name, after.packagePersons.technical, after.packagePersons.operational?.name], ['张伟', null, '赵班长']);

    const stored = (await sql<{ s: number; r: number; grade: string; is_major: boolean }>`select s, r, grade, is_major from enterprises_hazard_sources where id = ${s.id}`.execute(p().data.system)).rows[0];
    assert.deepEqual(stored && [stored.s, stored.r, stored.grade, stored.is_major], [22, 116, 'level1', true], 'the stored grade is the recomputed one');

    const entries = await ledger(s.id);
    assert.deepEqual(entries.map((x) => x.action), ['hazard-source.created', 'hazard-source.updated', 'hazard-source.updated']);
    assert.deepEqual(entries.map((x) => x.data.grading), [
      { before: null, after: { s: 2, r: 9.6, isMajorHazard: true, grade: 'level4' } },
      { before: { s: 2, r: 9.6, isMajorHazard: true, grade: 'level4' }, after: { s: 22, r: 69.6, isMajorHazard: true, grade: 'level2' } },
      { before: { s: 22, r: 69.6, isMajorHazard: true, grade: 'level2' }, after: { s: 22, r: 116, isMajorHazard: true, grade: 'level1' } },
    ]);

    // Below S = 1 the source is not major and has no grade.
    after = (await admin.request('PATCH', `/api/hazard-sources/${s.id}`, { chemicals: [chlorine(2), methanol(100)] })).json<HazardSource>();
    assert.deepEqual([after.assessment.s, after.assessment.isMajorHazard, after.assessment.grade], [0.6, false, null]);
    const detail = (await admin.request('GET', `/api/enterprises/${e.id}`)).json<EnterpriseDetail>();
    assert.deepEqual([detail.hazardSourceCount, detail.majorHazardSourceCount, detail.highestHazardGrade, detail.hazardSources[0]?.id], [1, 0, null, s.id]);
  });

  it('updates an enterprise, audits it, and carries its sources along when it moves', async () => {
    const e = await enterprise();
    const s = await source(e.id, { packagePersons: { operational: { name: '钱工', phone: '13904739005' } } });
    let res = await admin.request('PATCH', `/api/enterprises/${e.id}`, { riskGrade: 'significant', safetyManager: { name: '孙敏', phone: '0473-3990001' }, uscc: ` ${newUscc().toLowerCase()} ` });
    assert.equal(res.statusCode, 200, res.body);
    const updated = res.json<Enterprise>();
    assert.deepEqual([updated.riskGrade, updated.safetyManager.name, updated.name], ['significant', '孙敏', e.name]);
    assert.match(updated.uscc, /^[0-9A-HJ-NPQRTUWXY]{18}$/, 'stored upper case without spaces');
    res = await admin.request('PATCH', `/api/enterprises/${e.id}`, { regionCode: HAINAN });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await admin.request('GET', `/api/hazard-sources/${s.id}`)).json<HazardSource>().regionCode, HAINAN);
    const people = await sql<{ region_code: string }>`select region_code from enterprises_hazard_persons where hazard_source_id = ${s.id}`.execute(p().data.system);
    assert.deepEqual(people.rows.map((r) => r.region_code), [HAINAN]);
    assert.deepEqual((await ledger(e.id)).map((x) => x.action), ['enterprise.created', 'enterprise.updated', 'enterprise.updated']);
  });

  it('lists by name or code, industry, risk grade and region subtree', async () => {
    const name = uniqueName('乌海海南焦化');
    const coke = await enterprise({ name, regionCode: HAINAN, industry: 'hazchem_use', riskGrade: 'general' });
    const q = async (query: string) => (await admin.request('GET', `/api/enterprises?${query}&limit=500`)).json<{ items: Enterprise[]; total: number }>();
    assert.deepEqual((await q(`q=${encodeURIComponent(name)}`)).items.map((e) => e.id), [coke.id]);
    assert.deepEqual((await q(`q=${coke.uscc.slice(13).toLowerCase()}`)).items.map((e) => e.id), [coke.id], 'part of the code, any case');
    const byIndustry = await q('industry=hazchem_use');
    assert.ok(byIndustry.items.some((e) => e.id === coke.id) && byIndustry.items.every((e) => e.industry === 'hazchem_use'));
    assert.ok((await q('riskGrade=general')).items.every((e) => e.riskGrade === 'general'));
    const inWuda = await q(`regionCode=${WUDA}`);
    assert.ok(inWuda.total > 0 && inWuda.items.every((e) => e.regionCode.startsWith('150304')) && !inWuda.items.some((e) => e.id === coke.id));
    const major = (await admin.request('GET', '/api/hazard-sources?majorOnly=true&grade=level1&limit=500')).json<{ items: HazardSource[] }>().items;
    assert.ok(major.length > 0 && major.every((s) => s.assessment.grade === 'level1' && s.regionCode.startsWith('1503')));
  });

  it('keeps region scope: 包头 sees nothing of 乌海, 乌海 writes only 乌海, the region sees all', async () => {
    const wh = await enterprise();
    const whSource = await source(wh.id);
    const bt = await enterprise({ regionCode: BAOTOU, uscc: newUscc('150202'), name: uniqueName('包头测试冶炼有限公司'), industry: 'metal_smelting' }, root);
    const btSource = await source(bt.id, {}, root);

    expectError(await baotou.request('GET', `/api/enterprises/${wh.id}`), 404, 'ENTERPRISE_NOT_FOUND');
    expectError(await baotou.request('GET', `/api/hazard-sources/${whSource.id}`), 404, 'HAZARD_SOURCE_NOT_FOUND');
    const btList = (await baotou.request('GET', '/api/enterprises?limit=500')).json<{ items: Enterprise[] }>().items;
    assert.ok(btList.some((e) => e.id === bt.id) && btList.every((e) => e.regionCode.startsWith('1502')));
    const btSources = (await baotou.request('GET', '/api/hazard-sources?limit=500')).json<{ items: HazardSource[] }>().items;
    assert.deepEqual(btSources.map((s) => s.id), [btSource.id]);
    expectError(await baotou.request('PATCH', `/api/enterprises/${wh.id}`, { riskGrade: 'low' }), 403, 'AUTH_FORBIDDEN');

    const before = await counts(p());
    expectError(await admin.request('GET', `/api/enterprises/${bt.id}`), 404, 'ENTERPRISE_NOT_FOUND');
    expectError(await admin.request('PATCH', `/api/enterprises/${bt.id}`, { riskGrade: 'low' }), 404, 'ENTERPRISE_NOT_FOUND');
    expectError(await admin.request('PATCH', `/api/hazard-sources/${btSource.id}`, { exposedPopulation: 0 }), 404, 'HAZARD_SOURCE_NOT_FOUND');
    expectError(await admin.request('POST', `/api/enterprises/${bt.id}/hazard-sources`, { name: 'x', units: [{ name: 'u', kind: 'warehouse' }], chemicals: [{ name: '液氨', quantityTonnes: 1 }], exposedPopulation: 0 }), 404, 'ENTERPRISE_NOT_FOUND');
    expectError(await admin.request('POST', '/api/enterprises', { name: uniqueName('越权企业'), uscc: newUscc('150202'), industry: 'other', regionCode: BAOTOU, lon: 110, lat: 40.6, address: '包头', principal: { name: '某', phone: '12345678' }, safetyManager: { name: '某', phone: '12345678' } }), 404, 'REGION_NOT_FOUND');
    expectError(await admin.request('PATCH', `/api/enterprises/${wh.id}`, { regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
    expectError(await viewer.request('POST', `/api/enterprises/${wh.id}/hazard-sources`, { name: 'x', units: [{ name: 'u', kind: 'warehouse' }], chemicals: [{ name: '液氨', quantityTonnes: 1 }], exposedPopulation: 0 }), 403, 'AUTH_FORBIDDEN');
    assert.deepEqual(await counts(p()), before, 'refused writes change nothing');

    const all = (await root.request('GET', '/api/enterprises?limit=500')).json<{ items: Enterprise[] }>().items.map((e) => e.id);
    assert.ok(all.includes(wh.id) && all.includes(bt.id));
    assert.equal((await viewer.request('GET', `/api/hazard-sources/${whSource.id}`)).statusCode, 200);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const e = await enterprise();
    const good = {
      name: uniqueName('坏数据化工'), uscc: newUscc(), industry: 'hazchem_trading', regionCode: WUDA, lon: 106.7, lat: 39.47, address: '乌达',
      principal: { name: '张伟', phone: '13904739001' }, safetyManager: { name: '李强', phone: '13904739002' },
    };
    const flip = (code: string) => code.slice(0, 17) + CHARSET[(CHARSET.indexOf(code[17]!) + 1) % 31];
    const before = await counts(p());

    let body = expectError(await admin.request('POST', '/api/enterprises', { ...good, uscc: flip(good.uscc) }), 400, 'USCC_INVALID');
    assert.deepEqual(body.details, { problem: 'check_digit' });
    assert.match(body.message, /校验码/);
    body = expectError(await admin.request('POST', '/api/enterprises', { ...good, uscc: `${good.uscc.slice(0, 10)}I${good.uscc.slice(11)}` }, { 'accept-language': 'en' }), 400, 'USCC_INVALID');
    assert.deepEqual(body.details, { problem: 'character' });
    assert.match(body.message, /I, O, Z, S, V/);
    expectError(await admin.request('POST', '/api/enterprises', { ...good, uscc: good.uscc.slice(0, 17) }), 400, 'USCC_INVALID');
    expectError(await admin.request('PATCH', `/api/enterprises/${e.id}`, { uscc: flip(e.uscc) }), 400, 'USCC_INVALID');
    expectError(await admin.request('POST', '/api/enterprises', { ...good, uscc: e.uscc }), 409, 'USCC_TAKEN');
    expectError(await admin.request('POST', '/api/enterprises', { ...good, industry: 'mining' }), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('POST', '/api/enterprises', { ...good, riskGrade: 'purple' }), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('POST', '/api/enterprises', { ...good, regionCode: '150399000000' }), 409, 'REFERENCE_NOT_FOUND');

    const sourceBody = { name: uniqueName('罐区'), units: [{ name: '液氯储罐区', kind: 'tank_farm' }], chemicals: [chlorine(10)], exposedPopulation: 5 };
    const post = (over: Record<string, unknown>) => admin.request('POST', `/api/enterprises/${e.id}/hazard-sources`, { ...sourceBody, ...over });
    body = expectError(await post({ chemicals: [{ ...chlorine(-1) }] }), 400, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(body.details), /chemicals\.0\.quantityTonnes/);
    expectError(await post({ exposedPopulation: -3 }), 400, 'VALIDATION_FAILED');
    expectError(await post({ chemicals: [{ ...chlorine(1), criticalQuantityTonnes: 0 }] }), 400, 'VALIDATION_FAILED');
    expectError(await post({ chemicals: [{ ...chlorine(1), cas: '7782-50-4' }] }), 400, 'VALIDATION_FAILED');
    expectError(await post({ chemicals: [{ ...chlorine(1), hazardCategory: 'W99' }] }), 400, 'VALIDATION_FAILED');
    expectError(await post({ units: [] }), 400, 'VALIDATION_FAILED');
    body = expectError(await post({ chemicals: [chlorine(1), { name: '某未列名物质', quantityTonnes: 3 }] }), 422, 'CRITICAL_QUANTITY_UNKNOWN');
    assert.deepEqual(body.details, { problems: [{ index: 1, name: '某未列名物质', problem: 'critical_quantity_unknown' }] });
    expectError(await post({ chemicals: [{ name: '甲醇', quantityTonnes: 3 }] }), 422, 'HAZARD_CATEGORY_REQUIRED');
    expectError(await post({ chemicals: [{ ...chlorine(1), cas: '7664-41-7' }] }), 422, 'CHEMICAL_CAS_MISMATCH');
    expectError(await post({ chemicals: [{ ...chlorine(1), unitName: '不存在的单元' }] }), 422, 'HAZARD_UNIT_UNKNOWN');
    expectError(await post({ units: [{ name: 'A', kind: 'warehouse' }, { name: 'A', kind: 'tank_farm' }], chemicals: [{ name: '液氨', quantityTonnes: 1 }] }), 422, 'HAZARD_UNIT_DUPLICATE');
    expectError(await admin.request('POST', `/api/enterprises/00000000-0000-4000-8000-000000000000/hazard-sources`, sourceBody), 404, 'ENTERPRISE_NOT_FOUND');
    assert.deepEqual(await counts(p()), before, 'nothing written');

    const s = await source(e.id);
    const mid = await counts(p());
    expectError(await admin.request('PATCH', `/api/hazard-sources/${s.id}`, { chemicals: [{ name: '甲醇', quantityTonnes: -5, hazardCategory: 'W5.3' }] }), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('PATCH', `/api/hazard-sources/${s.id}`, { units: [{ name: '改名单元', kind: 'tank_farm' }] }), 422, 'HAZARD_UNIT_UNKNOWN');
    expectError(await admin.request('PATCH', '/api/hazard-sources/00000000-0000-4000-8000-000000000000', { exposedPopulation: 1 }), 404, 'HAZARD_SOURCE_NOT_FOUND');
    assert.deepEqual(await counts(p()), mid);
    assert.deepEqual((await admin.request('GET', `/api/hazard-sources/${s.id}`)).json<HazardSource>().assessment, s.assessment);
  });

  it('assesses unsaved chemicals and serves the reference tables', async () => {
    const before = await counts(p());
    const res = await viewer.request('POST', '/api/hazard-sources/assess', { chemicals: [{ name: '液化石油气', quantityTonnes: 400, hazardCategory: 'W2' }, { name: '丙烷', quantityTonnes: 20, hazardCategory: 'W2' }], exposedPopulation: 60 });
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json<HazardAssessment>();
    // LPG 400/50 = 8 and propane by Table 2 (W2, Q 10) 20/10 = 2: S = 10; R = 1.5 × 1.5 × 10 = 22.5 → 三级.
    assert.deepEqual([a.s, a.r, a.grade, a.terms.map((t) => t.criticalQuantitySource)], [10, 22.5, 'level3', ['table1', 'table2']]);
    assert.deepEqual(await counts(p()), before);
    const ref = (await viewer.request('GET', '/api/hazard-sources/reference')).json<HazardReference>();
    assert.equal(ref.namedChemicals.find((c) => c.name === '氯')?.criticalQuantityTonnes, 5);
    assert.deepEqual(ref.grades.map((g) => g.minR), [100, 50, 10, 0]);
    assert.equal(ref.categories.find((c) => c.category === 'W4')?.confirmed, false);
  });
});
