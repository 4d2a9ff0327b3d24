import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { CommandBody, DutyNow, DutyShift, OrgUnit } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, orgUnitIdOf, refusedWithoutChange, signIn, uniqueName, userIdOf } from '../support.js';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const HAINAN = '150303000000';
const WUDA = '150304000000';
const BAOTOU = '150200000000';
const HOUR = 3_600_000;

type PageOf<T> = { items: T[]; total: number };

const ledger = (p: TestPlatform, entityId: string) =>
  sql<{ action: string }>`select action from audit_ledger where entity_id = ${entityId} order by seq`.execute(p.data.system).then((r) => r.rows.map((x) => x.action));
const outbox = (p: TestPlatform, id: string) =>
  sql<{ type: string; region_code: string }>`select type, region_code from event_outbox where payload->>'id' = ${id} order by occurred_at, type`.execute(p.data.system).then((r) => r.rows);

describeEachEngine('duty: command bodies and the roster over HTTP', ({ p }) => {
  let duty: TestClient;
  let haibowan: TestClient;
  let baotou: TestClient;
  let viewer: TestClient;
  let admin: TestClient;

  before(async () => {
    [duty, haibowan, baotou, viewer, admin] = await Promise.all([signIn(p(), 'wuhai-duty'), signIn(p(), 'haibowan-duty'), signIn(p(), 'baotou-duty'), signIn(p(), 'wuhai-viewer'), signIn(p(), 'demo-admin')]);
  });

  const unit = async (name: string, regionCode: string, kind = 'other') => {
    const res = await admin.request('POST', '/api/org-units', { name: uniqueName(name), kind, regionCode });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<OrgUnit>();
  };
  const body = async (over: Record<string, unknown> = {}, client = duty) => {
    const res = await client.request('POST', '/api/duty/command-bodies', { regionCode: WUHAI, kind: 'special_command', name: uniqueName('乌海市森林草原防灭火指挥部'), speciality: '森林草原防灭火', incidentTypes: ['forest_grassland_fire'], ...over });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<CommandBody>();
  };

  describe('command bodies (A2)', () => {
    it('seeds 乌海市’s 应急指挥部, 安委会, 减灾委 and 专项指挥部 with member units and duty lists', async () => {
      const list = (await duty.request('GET', `/api/duty/command-bodies?regionCode=${WUHAI}&limit=100`)).json<PageOf<CommandBody>>();
      const seeded = list.items.filter((b) => b.name.startsWith('乌海市') && !b.name.includes('-'));
      assert.deepEqual(new Set(seeded.map((b) => b.kind)), new Set(['emergency_command', 'safety_committee', 'disaster_reduction', 'special_command']));
      const hq = seeded.find((b) => b.kind === 'emergency_command')!;
      assert.equal(hq.name, '乌海市突发事件应急指挥部');
      assert.equal(hq.commander?.title, '市长');
      assert.equal(hq.members[0]?.unitName, '乌海市应急管理局', 'the office comes first');
      assert.equal(hq.members[0]?.role, 'office');
      assert.ok(hq.members.length >= 8);
      assert.ok(hq.members.every((m) => m.duties.length > 0 && m.unitName.startsWith('乌海') || m.unitName.startsWith('国网乌海')));
      const hazchem = seeded.find((b) => b.incidentTypes.includes('hazchem'))!;
      assert.equal(hazchem.speciality, '危险化学品事故');
    });

    it('creates a body with members, changes a member’s duty list, removes it — each on the ledger and the outbox', async () => {
      const forestry = await unit('乌海市林草局', WUHAI);
      const fire = await orgUnitIdOf(p(), '乌海市消防救援支队');
      const b = await body({ commander: { name: '李志强', title: '副市长', phone: '0473-3999002' }, members: [{ orgUnitId: forestry.id, role: 'lead', duties: ['组织森林草原火情监测'] }, { orgUnitId: fire, duties: ['扑救森林草原火灾'] }] });
      assert.deepEqual(b.members.map((m) => [m.unitName, m.role, m.duties]), [[forestry.name, 'lead', ['组织森林草原火情监测']], ['乌海市消防救援支队', 'member', ['扑救森林草原火灾']]]);
      const lead = b.members[0]!;
      const changed = await duty.request('PATCH', `/api/duty/command-bodies/${b.id}/members/${lead.id}`, { duties: ['组织森林草原火情监测', '牵头制定扑救方案'], contact: { name: '王林', phone: '13904739911' } });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(changed.json<CommandBody>().members[0]?.duties, ['组织森林草原火情监测', '牵头制定扑救方案']);
      assert.deepEqual(changed.json<CommandBody>().members[0]?.contact, { name: '王林', phone: '13904739911' });
      const removed = await duty.request('DELETE', `/api/duty/command-bodies/${b.id}/members/${b.members[1]!.id}`);
      assert.equal(removed.json<CommandBody>().members.length, 1);
      const renamed = await duty.request('PATCH', `/api/duty/command-bodies/${b.id}`, { description: '办公室设在市林草局' });
      assert.equal(renamed.json<CommandBody>().description, '办公室设在市林草局');
      assert.deepEqual(await ledger(p(), b.id), ['duty.command-body-created', 'duty.command-member-updated', 'duty.command-member-removed', 'duty.command-body-updated']);
      assert.equal((await outbox(p(), b.id)).filter((e) => e.type === 'duty.command-body-changed').length, 4);
    });

    it('refuses unknown units, units outside the body’s region, duplicates, unknown incident types and taken names', async () => {
      const b = await body({ regionCode: HAIBOWAN, kind: 'emergency_command', name: uniqueName('海勃湾区突发事件应急指挥部'), incidentTypes: [] });
      const cityUnit = await orgUnitIdOf(p(), '乌海市水务局');
      await refusedWithoutChange(p(), () => duty.request('POST', `/api/duty/command-bodies/${b.id}/members`, { orgUnitId: cityUnit, duties: ['x'] }), 422, 'COMMAND_MEMBER_OUTSIDE_REGION');
      const baotouUnit = await orgUnitIdOf(p(), '包头市消防救援支队');
      await refusedWithoutChange(p(), () => duty.request('POST', `/api/duty/command-bodies/${b.id}/members`, { orgUnitId: baotouUnit, duties: ['x'] }), 404, 'ORG_UNIT_NOT_FOUND');
      const hbw = await orgUnitIdOf(p(), '海勃湾区应急管理局');
      assert.equal((await duty.request('POST', `/api/duty/command-bodies/${b.id}/members`, { orgUnitId: hbw, role: 'office', duties: ['值守应急'] })).statusCode, 201);
      await refusedWithoutChange(p(), () => duty.request('POST', `/api/duty/command-bodies/${b.id}/members`, { orgUnitId: hbw, duties: ['x'] }), 409, 'COMMAND_MEMBER_DUPLICATE');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/command-bodies', { regionCode: WUHAI, kind: 'special_command', name: uniqueName('x'), incidentTypes: ['volcano'] }), 422, 'INCIDENT_TYPE_UNKNOWN');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/command-bodies', { regionCode: HAIBOWAN, kind: 'emergency_command', name: b.name }), 409, 'COMMAND_BODY_NAME_TAKEN');
      await refusedWithoutChange(p(), () => duty.request('PATCH', `/api/duty/command-bodies/${b.id}/members/00000000-0000-4000-8000-000000000000`, { duties: ['x'] }), 404, 'COMMAND_MEMBER_NOT_FOUND');
      for (const bad of [{ regionCode: WUHAI, kind: 'committee', name: 'x' }, { regionCode: WUHAI, kind: 'special_command', name: '' }, { regionCode: '1503', kind: 'special_command', name: 'x' }, { regionCode: WUHAI, kind: 'special_command', name: 'x', members: [{ orgUnitId: hbw, duties: [] }] }]) {
        expectError(await duty.request('POST', '/api/duty/command-bodies', bad), 400, 'VALIDATION_FAILED');
      }
    });

    it('region scope: a county sees its own bodies only; the city sees its counties’; another city nothing', async () => {
      const county = await body({ regionCode: HAIBOWAN, kind: 'safety_committee', name: uniqueName('海勃湾区安全生产委员会'), incidentTypes: [] }, haibowan);
      const city = (await duty.request('GET', `/api/duty/command-bodies?regionCode=${WUHAI}&kind=emergency_command`)).json<PageOf<CommandBody>>().items[0]!;
      const seenByCounty = (await haibowan.request('GET', '/api/duty/command-bodies?limit=500')).json<PageOf<CommandBody>>().items;
      assert.ok(seenByCounty.length > 0 && seenByCounty.every((b) => b.regionCode === HAIBOWAN));
      expectError(await haibowan.request('GET', `/api/duty/command-bodies/${city.id}`), 404, 'COMMAND_BODY_NOT_FOUND');
      await refusedWithoutChange(p(), () => haibowan.request('PATCH', `/api/duty/command-bodies/${city.id}`, { description: 'x' }), 404, 'COMMAND_BODY_NOT_FOUND');
      assert.equal((await duty.request('GET', `/api/duty/command-bodies/${county.id}`)).statusCode, 200, 'the city sees its county’s body');
      expectError(await baotou.request('GET', `/api/duty/command-bodies/${county.id}`), 404, 'COMMAND_BODY_NOT_FOUND');
      assert.equal((await baotou.request('GET', `/api/duty/command-bodies?regionCode=${BAOTOU}`)).json<PageOf<CommandBody>>().items.some((b) => b.regionCode.startsWith('1503')), false);
      await refusedWithoutChange(p(), () => haibowan.request('POST', '/api/duty/command-bodies', { regionCode: WUHAI, kind: 'special_command', name: uniqueName('x') }), 404, 'REGION_NOT_FOUND');
    });

    it('read-only users read; only duty.manage writes', async () => {
      assert.equal((await viewer.request('GET', '/api/duty/command-bodies')).statusCode, 200);
      await refusedWithoutChange(p(), () => viewer.request('POST', '/api/duty/command-bodies', { regionCode: WUHAI, kind: 'special_command', name: uniqueName('x') }), 403, 'AUTH_FORBIDDEN');
    });
  });

  describe('the 24×7 roster (A3)', () => {
    // Far-future windows, one per test, in 乌达区 which has no seeded roster.
    let slot = 0;
    const window = () => {
      slot += 1;
      const start = Date.parse('2031-01-01T08:30:00+08:00') + slot * 30 * 24 * HOUR;
      return (offsetHours: number) => new Date(start + offsetHours * HOUR).toISOString();
    };
    const shift = async (over: Record<string, unknown>, client = duty) => {
      const res = await client.request('POST', '/api/duty/shifts', { regionCode: WUDA, leader: { name: '乌达区 带班领导', phone: '13904730401' }, officers: [{ name: '乌达区 值班员', phone: '13904730402' }], ...over });
      assert.equal(res.statusCode, 201, res.body);
      return res.json<DutyShift>();
    };

    it('seeds a week of shifts for 乌海市, 海勃湾区 and 鄂尔多斯市 covering now', async () => {
      for (const [client, code] of [[duty, WUHAI], [haibowan, HAIBOWAN], [await signIn(p(), 'ordos-duty'), '150600000000']] as const) {
        const now = (await client.request('GET', `/api/duty/now?regionCode=${code}`)).json<DutyNow>();
        assert.equal(now.servedBy, code);
        assert.equal(now.inherited, false);
        assert.ok(now.shift && now.shift.leader.name && now.shift.officers.length >= 1);
        assert.ok(now.nextShift && now.nextShift.startsAt === now.shift.endsAt, 'the next shift follows on');
        const week = (await client.request('GET', `/api/duty/shifts?regionCode=${code}&limit=100`)).json<PageOf<DutyShift>>().items.filter((s) => s.regionCode === code);
        assert.ok(week.length >= 7);
      }
      const wuhai = (await duty.request('GET', '/api/duty/now')).json<DutyNow>();
      const people = [wuhai.shift!.leader, ...wuhai.shift!.officers, wuhai.nextShift!.leader, ...wuhai.nextShift!.officers];
      assert.ok(people.every((x) => /^[0-9-]{7,}$/.test(x.phone)));
    });

    it('who is on duty now falls back to the nearest ancestor with a roster', async () => {
      const hainan = (await duty.request('GET', `/api/duty/now?regionCode=${HAINAN}`)).json<DutyNow>();
      assert.equal(hainan.servedBy, WUHAI);
      assert.equal(hainan.servedByName, '乌海市');
      assert.equal(hainan.inherited, true);
      assert.ok(hainan.shift);
      const township = (await haibowan.request('GET', '/api/duty/now?regionCode=150302001000')).json<DutyNow>();
      assert.equal(township.servedBy, HAIBOWAN, 'a township answers to its county');
      const provinceLevel = (await admin.request('GET', '/api/duty/now?regionCode=150500000000')).json<DutyNow>();
      assert.equal(provinceLevel.servedBy, null, '通辽市 and the region above it have no roster');
      assert.equal(provinceLevel.shift, null);
      expectError(await haibowan.request('GET', `/api/duty/now?regionCode=${WUHAI}`), 404, 'REGION_NOT_FOUND');
      expectError(await duty.request('GET', '/api/duty/now?regionCode=150399000000'), 404, 'REGION_NOT_FOUND');
    });

    it('captures a user’s name and phone, refuses people without a phone and users out of scope', async () => {
      const at = window();
      const dutyId = await userIdOf(p(), 'wuhai-duty');
      const leaderId = await userIdOf(p(), 'wuhai-leader');
      const baotouId = await userIdOf(p(), 'baotou-duty');
      const s = await shift({ startsAt: at(0), endsAt: at(24), leader: { userId: leaderId, phone: '13904730088' }, officers: [{ userId: dutyId }] });
      assert.deepEqual(s.officers, [{ userId: dutyId, name: '乌海值班员 王磊', phone: '13904730001' }]);
      assert.equal(s.leader.name, '乌海市应急管理局 局长 张军');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(24), endsAt: at(48), leader: { userId: leaderId }, officers: [{ userId: dutyId }] }), 422, 'DUTY_PERSON_INCOMPLETE');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(24), endsAt: at(48), leader: { name: '某人' }, officers: [{ userId: dutyId }] }), 422, 'DUTY_PERSON_INCOMPLETE');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(24), endsAt: at(48), leader: { userId: baotouId }, officers: [{ userId: dutyId }] }), 404, 'USER_NOT_FOUND');
    });

    it('shifts of a region never overlap; back to back is fine; a shift is at most 72 hours', async () => {
      const at = window();
      const first = await shift({ startsAt: at(0), endsAt: at(24) });
      const second = await shift({ startsAt: at(24), endsAt: at(48) });
      const clash = await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(23), endsAt: at(30), leader: { name: 'x', phone: '13900000000' }, officers: [{ name: 'y', phone: '13900000001' }] }), 409, 'DUTY_SHIFT_OVERLAP');
      assert.equal((clash.details as { shiftId: string }).shiftId, first.id);
      await refusedWithoutChange(p(), () => duty.request('PATCH', `/api/duty/shifts/${second.id}`, { startsAt: at(20) }), 409, 'DUTY_SHIFT_OVERLAP');
      assert.equal((await shift({ regionCode: HAINAN, startsAt: at(0), endsAt: at(24) })).regionCode, HAINAN, 'another region may overlap');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(100), endsAt: at(100), leader: { name: 'x', phone: '13900000000' }, officers: [{ name: 'y', phone: '13900000001' }] }), 422, 'DUTY_SHIFT_TIMES_INVALID');
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(100), endsAt: at(173), leader: { name: 'x', phone: '13900000000' }, officers: [{ name: 'y', phone: '13900000001' }] }), 422, 'DUTY_SHIFT_TIMES_INVALID');
      const moved = await duty.request('PATCH', `/api/duty/shifts/${second.id}`, { endsAt: at(36), officers: [{ name: '张三', phone: '13904730499' }] });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.deepEqual(moved.json<DutyShift>().officers, [{ userId: null, name: '张三', phone: '13904730499' }]);
      assert.equal((await duty.request('DELETE', `/api/duty/shifts/${second.id}`)).statusCode, 200, 'a shift not started can go');
      assert.deepEqual(await ledger(p(), second.id), ['duty.shift-created', 'duty.shift-updated', 'duty.shift-removed']);
      for (const bad of [{ regionCode: WUDA, startsAt: 'tomorrow', endsAt: at(1), leader: { name: 'x', phone: '1' }, officers: [] }, { regionCode: WUDA, startsAt: at(0), endsAt: at(1), leader: { name: 'x', phone: 'abc' }, officers: [{ name: 'y', phone: '13900000001' }] }]) {
        expectError(await duty.request('POST', '/api/duty/shifts', bad), 400, 'VALIDATION_FAILED');
      }
    });

    it('hands a started shift over once with a written log to the next shift, on the ledger; then it is fixed', async () => {
      const now = Date.now();
      const iso = (h: number) => new Date(now + h * HOUR).toISOString();
      const current = await shift({ startsAt: iso(-2), endsAt: iso(1) });
      const next = await shift({ startsAt: iso(1), endsAt: iso(25), leader: { name: '接班领导 孟凡', phone: '13904730411' } });
      const onDuty = (await duty.request('GET', `/api/duty/now?regionCode=${WUDA}`)).json<DutyNow>();
      assert.equal(onDuty.servedBy, WUDA, '乌达区 now has its own shift');
      assert.equal(onDuty.shift?.id, current.id);
      assert.equal(onDuty.nextShift?.id, next.id);
      await refusedWithoutChange(p(), () => duty.request('POST', `/api/duty/shifts/${next.id}/handover`, { log: '尚未开始' }), 409, 'DUTY_SHIFT_NOT_STARTED');
      const res = await duty.request('POST', `/api/duty/shifts/${current.id}/handover`, { log: '02:10 接乌达区某企业报警电话，已核实为误报。其余平稳。', openMatters: '跟踪乌达经济开发区检修作业' });
      assert.equal(res.statusCode, 200, res.body);
      const handed = res.json<DutyShift>();
      assert.equal(handed.handover?.nextShiftId, next.id);
      assert.equal(handed.handover?.receivedBy, '接班领导 孟凡');
      assert.equal(handed.handover?.by.name, '乌海值班员 王磊');
      assert.equal(handed.handover?.openMatters, '跟踪乌达经济开发区检修作业');
      assert.deepEqual(await ledger(p(), current.id), ['duty.shift-created', 'duty.shift-handed-over']);
      assert.ok((await outbox(p(), current.id)).some((e) => e.type === 'duty.shift-handed-over' && e.region_code === WUDA));
      await refusedWithoutChange(p(), () => duty.request('POST', `/api/duty/shifts/${current.id}/handover`, { log: '再交一次' }), 409, 'DUTY_SHIFT_HANDED_OVER');
      await refusedWithoutChange(p(), () => duty.request('PATCH', `/api/duty/shifts/${current.id}`, { note: '改' }), 409, 'DUTY_SHIFT_HANDED_OVER');
      await refusedWithoutChange(p(), () => duty.request('DELETE', `/api/duty/shifts/${current.id}`), 409, 'DUTY_SHIFT_STARTED');
      expectError(await duty.request('POST', `/api/duty/shifts/${current.id}/handover`, { log: '' }), 400, 'VALIDATION_FAILED');
      assert.equal((await duty.request('DELETE', `/api/duty/shifts/${next.id}`)).statusCode, 200, 'the next shift may still come off the roster');
      assert.equal((await duty.request('GET', `/api/duty/shifts/${current.id}`)).json<DutyShift>().handover?.nextShiftId, null);
    });

    it('region scope: a county sees its own roster; the city sees its counties’; nobody else', async () => {
      const at = window();
      const county = await shift({ regionCode: HAIBOWAN, startsAt: at(0), endsAt: at(24) }, haibowan);
      const wuda = await shift({ startsAt: at(0), endsAt: at(24) });
      const countyView = (await haibowan.request('GET', `/api/duty/shifts?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24))}`)).json<PageOf<DutyShift>>().items;
      assert.deepEqual(countyView.map((s) => s.id), [county.id]);
      const cityView = (await duty.request('GET', `/api/duty/shifts?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24))}`)).json<PageOf<DutyShift>>().items;
      assert.deepEqual(new Set(cityView.map((s) => s.id)), new Set([county.id, wuda.id]));
      expectError(await haibowan.request('GET', `/api/duty/shifts/${wuda.id}`), 404, 'DUTY_SHIFT_NOT_FOUND');
      await refusedWithoutChange(p(), () => haibowan.request('PATCH', `/api/duty/shifts/${wuda.id}`, { note: 'x' }), 404, 'DUTY_SHIFT_NOT_FOUND');
      await refusedWithoutChange(p(), () => haibowan.request('POST', `/api/duty/shifts/${wuda.id}/handover`, { log: 'x' }), 404, 'DUTY_SHIFT_NOT_FOUND');
      await refusedWithoutChange(p(), () => haibowan.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(48), endsAt: at(72), leader: { name: 'x', phone: '13900000000' }, officers: [{ name: 'y', phone: '13900000001' }] }), 404, 'REGION_NOT_FOUND');
      expectError(await baotou.request('GET', `/api/duty/shifts/${county.id}`), 404, 'DUTY_SHIFT_NOT_FOUND');
      await refusedWithoutChange(p(), () => viewer.request('POST', '/api/duty/shifts', { regionCode: WUDA, startsAt: at(48), endsAt: at(72), leader: { name: 'x', phone: '13900000000' }, officers: [{ name: 'y', phone: '13900000001' }] }), 403, 'AUTH_FORBIDDEN');
    });
  });
});
