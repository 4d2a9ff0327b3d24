import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { FireCoverage, Incident, IncidentDispatches, IncidentLogEntry, NearbyResult, StockBatch, StockMovement, SupplyDispatch, SupplyItem, Team, TeamDetail, TeamDispatch, Warehouse } from '@shouwang/contracts';
import { addDays, chinaDay } from '../../src/modules/resources/stock-rules.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const HAIBOWAN = '150302000000';
const WUDA = '150304000000';
const MIN = 60_000;

const ledger = (p: TestPlatform, entityId: string) =>
  sql<{ action: string }>`select action from audit_ledger where entity_id = ${entityId} order by seq`.execute(p.data.system).then((r) => r.rows.map((x) => x.action));
const outbox = (p: TestPlatform, incidentId: string) =>
  sql<{ type: string }>`select type from event_outbox where payload->>'id' = ${incidentId} order by occurred_at, type`.execute(p.data.system).then((r) => r.rows.map((x) => x.type));
const count = (p: TestPlatform, table: string, where: string) =>
  sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.raw(where)}`.execute(p.data.system).then((r) => Number(r.rows[0]?.n));

/** Every test works around its own spot, ~50 km from the others, so the nearest lists never mix. */
let spots = 0;
const spot = () => ({ lon: 106.0 + (spots % 4) * 0.6, lat: 40.2 + Math.floor(spots++ / 4) * 0.5 });
const east = (at: { lon: number; lat: number }, km: number) => ({ lon: at.lon + km / (111.195 * Math.cos((at.lat * Math.PI) / 180)), lat: at.lat });

describeEachEngine('incident dispatch (E3): nearest resources, team dispatch, supplies through the ledger, fire circles', ({ p }) => {
  let duty: TestClient;
  let admin: TestClient;
  let haibowan: TestClient;
  let ordos: TestClient;
  let viewer: TestClient;
  let item: SupplyItem;

  before(async () => {
    // Jobs (report deadlines) are not what this suite tests; they would only add writes in the middle of a check.
    p().jobs.stop();
    [duty, admin, haibowan, ordos, viewer] = await Promise.all([signIn(p(), 'wuhai-duty'), signIn(p(), 'wuhai-admin'), signIn(p(), 'haibowan-duty'), signIn(p(), 'ordos-duty'), signIn(p(), 'wuhai-viewer')]);
    const res = await admin.request('POST', '/api/resources/supply-items', { code: '3010199', name: uniqueName('编织袋'), spec: '聚丙烯 55cm×95cm', unit: '条', shelfLifeMonths: 36 });
    assert.equal(res.statusCode, 201, res.body);
    item = res.json<SupplyItem>();
  });

  const incident = async (at: { lon: number; lat: number } | null, regionCode = WUDA, client = duty) => {
    const res = await client.request('POST', '/api/incidents', {
      regionCode,
      type: 'hazchem',
      occurredAt: new Date(Date.now() - 5 * MIN).toISOString(),
      location: { text: uniqueName('乌达经济开发区某化工厂'), ...(at ?? {}) },
      summary: '氯乙烯球罐区发生泄漏。',
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Incident>();
  };
  const team = async (at: { lon: number; lat: number }, over: Record<string, unknown> = {}) => {
    const res = await admin.request('POST', '/api/resources/teams', {
      name: uniqueName('危化救援队'), kind: 'professional', specialities: ['hazardous_chemicals'], level: 'county', regionCode: WUDA, ...at, baseAddress: '乌达区', leader: '刘强', phone: '13904731234', ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Team>();
  };
  const nearby = async (incidentId: string, query: string, client = duty) => {
    const res = await client.request('GET', `/api/incidents/${incidentId}/nearby?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<NearbyResult>();
  };
  const dispatchTeam = async (incidentId: string, teamId: string, body: Record<string, unknown> = {}) => {
    const res = await duty.request('POST', `/api/incidents/${incidentId}/dispatches`, { teamId, ...body });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<TeamDispatch>();
  };
  const step = (incidentId: string, dispatchId: string, body: Record<string, unknown>, client = duty) => client.request('POST', `/api/incidents/${incidentId}/dispatches/${dispatchId}/status`, body);
  const teamDetail = async (id: string) => (await admin.request('GET', `/api/resources/teams/${id}`)).json<TeamDetail>();
  const logOf = async (id: string) => (await duty.request('GET', `/api/incidents/${id}/log`)).json<{ items: IncidentLogEntry[] }>().items;

  describe('nearest resources from the incident', () => {
    it('lists available teams of the speciality nearest first, with distance and ETA, and marks those dispatched here', async () => {
      const at = spot();
      const inc = await incident(at);
      const far = await team(east(at, 9));
      const near = await team(east(at, 2));
      const mid = await team(east(at, 5));
      await team(east(at, 1), { specialities: ['flood_drought'] });
      const resting = await team(east(at, 0.5));
      assert.equal((await admin.request('POST', `/api/resources/teams/${resting.id}/status`, { status: 'resting' })).statusCode, 200);

      const found = await nearby(inc.id, 'kind=team&speciality=hazardous_chemicals&maxKm=20');
      assert.deepEqual(found.items.map((h) => h.id), [near.id, mid.id, far.id], 'nearest first; only 待命 危化 teams');
      assert.deepEqual(found.items.map((h) => Math.round(h.distanceKm)), [2, 5, 9], 'distance in km');
      assert.ok(found.items.every((h, i) => h.etaMinutes > 0 && (i === 0 || h.etaMinutes > found.items[i - 1]!.etaMinutes)), 'ETA grows with distance');
      assert.ok(found.items.every((h) => !h.dispatched && h.status === 'standby'), 'none dispatched yet');

      const d = await dispatchTeam(inc.id, near.id, { task: '侦检堵漏' });
      const after = await nearby(inc.id, 'kind=team&speciality=hazardous_chemicals&maxKm=20');
      assert.deepEqual(after.items.map((h) => h.id), [mid.id, far.id], 'a dispatched team is no longer available');
      const out = await nearby(inc.id, 'kind=team&speciality=hazardous_chemicals&status=deployed&maxKm=20');
      assert.deepEqual(out.items.map((h) => [h.id, h.dispatched, h.dispatchIds]), [[near.id, true, [d.id]]], 'asked for: deployed teams, marked as dispatched here');
    });

    it('refuses an incident without a location with a clear code', async () => {
      const inc = await incident(null);
      expectError(await duty.request('GET', `/api/incidents/${inc.id}/nearby?kind=team`), 422, 'INCIDENT_NO_LOCATION');
    });
  });

  describe('team dispatch', () => {
    it('two concurrent dispatches of one team: exactly one succeeds, the team goes 出动 once', async () => {
      const at = spot();
      const [a, b] = [await incident(at), await incident(at)];
      const t = await team(east(at, 3));
      const replies = await Promise.all([
        duty.request('POST', `/api/incidents/${a.id}/dispatches`, { teamId: t.id }),
        duty.request('POST', `/api/incidents/${b.id}/dispatches`, { teamId: t.id }),
        duty.request('POST', `/api/incidents/${a.id}/dispatches`, { teamId: t.id }),
      ]);
      assert.deepEqual(replies.map((r) => r.statusCode).sort(), [201, 409, 409], replies.map((r) => r.body).join('\n'));
      for (const r of replies.filter((x) => x.statusCode === 409)) expectError(r, 409, 'TEAM_NOT_AVAILABLE');
      const detail = await teamDetail(t.id);
      assert.equal(detail.status, 'deployed', 'the team is out');
      assert.deepEqual(detail.history.map((h) => h.status).sort(), ['deployed', 'standby'], 'one 出动 in the history');
      assert.equal(await count(p(), 'incidents_dispatches', `team_id = '${t.id}'`), 1, 'one dispatch row');
    });

    it('moves 已派遣 → 出发 → 到达 → 返回 with the time of every step; a jump is refused; returning frees the team', async () => {
      const at = spot();
      const inc = await incident(at);
      const t = await team(east(at, 3.2));
      const d = await dispatchTeam(inc.id, t.id, { task: '侦检堵漏' });
      assert.equal(d.status, 'dispatched');
      assert.equal(d.team.name, t.name);
      assert.ok(d.distanceKm! > 3 && d.distanceKm! < 3.4, `distance ${d.distanceKm}`);

      expectError(await step(inc.id, d.id, { status: 'arrived' }), 409, 'DISPATCH_STATUS_INVALID');
      expectError(await step(inc.id, d.id, { status: 'departed', at: new Date(Date.parse(d.dispatchedAt) - 10 * MIN).toISOString() }), 422, 'DISPATCH_TIME_INVALID');
      expectError(await step(inc.id, d.id, { status: 'departed', at: new Date(Date.now() + 30 * MIN).toISOString() }), 422, 'DISPATCH_TIME_INVALID');
      expectError(await step(inc.id, d.id, { status: 'departed', teamStatusAfter: 'resting' }), 400, 'DISPATCH_TEAM_STATUS_MISPLACED');
      expectError(await step(inc.id, d.id, { status: 'departed' }, viewer), 403, 'AUTH_FORBIDDEN');

      const departed = (await step(inc.id, d.id, { status: 'departed' })).json<TeamDispatch>();
      const arrived = (await step(inc.id, d.id, { status: 'arrived', note: '已到达厂区东门' })).json<TeamDispatch>();
      expectError(await step(inc.id, d.id, { status: 'cancelled' }), 409, 'DISPATCH_STATUS_INVALID');
      const back = await step(inc.id, d.id, { status: 'returned' });
      assert.equal(back.statusCode, 200, back.body);
      const returned = back.json<TeamDispatch>();
      assert.deepEqual(returned.steps.map((s) => s.status), ['dispatched', 'departed', 'arrived', 'returned'], 'every step kept');
      assert.ok(departed.departedAt && arrived.arrivedAt && returned.returnedAt, 'a time per step');
      assert.ok(Date.parse(returned.returnedAt) >= Date.parse(returned.arrivedAt!) && Date.parse(returned.arrivedAt!) >= Date.parse(returned.departedAt!), 'times in order');
      assert.equal(returned.arrivedAt, arrived.arrivedAt, 'an earlier step’s time is not rewritten');

      const detail = await teamDetail(t.id);
      assert.equal(detail.status, 'standby', 'back on standby');
      assert.deepEqual(detail.history.map((h) => h.status), ['standby', 'deployed', 'standby'], 'history newest first');
      assert.ok((await nearby(inc.id, 'kind=team&maxKm=20')).items.some((h) => h.id === t.id && !h.dispatched), 'available again, at once');

      const listed = (await duty.request('GET', `/api/incidents/${inc.id}/dispatches`)).json<IncidentDispatches>();
      assert.deepEqual(listed.teams.map((x) => [x.id, x.status]), [[d.id, 'returned']], 'listed with its state');
      const log = (await logOf(inc.id)).filter((e) => e.kind === 'team_dispatched' || e.kind === 'dispatch_status_changed').map((e) => e.text);
      assert.match(log[0]!, new RegExp(`^派遣 ${t.name}（距 3\\.\\d km，预计 \\d+(\\.\\d)? 分钟；任务：侦检堵漏）$`), log[0]);
      assert.deepEqual(log.slice(1), [`${t.name} 出发`, `${t.name} 到达现场：已到达厂区东门`, `${t.name} 返回，归队待命`], 'the timeline tells it');
      assert.deepEqual(await ledger(p(), d.id), ['incident.team-dispatched', 'incident.dispatch-status-changed', 'incident.dispatch-status-changed', 'incident.dispatch-status-changed'], 'audited');
      assert.deepEqual((await ledger(p(), t.id)).filter((a) => a === 'team.status-changed').length, 2, 'the team’s changes audited');
      const events = await outbox(p(), inc.id);
      assert.equal(events.filter((e) => e === 'incidents.team-dispatched').length, 1, 'dispatch event');
      assert.equal(events.filter((e) => e === 'incidents.dispatch-status-changed').length, 3, 'status events');
    });

    it('a team called off goes to 休整 when asked; a team not on standby cannot be sent', async () => {
      const at = spot();
      const inc = await incident(at);
      const t = await team(east(at, 4));
      const d = await dispatchTeam(inc.id, t.id);
      const conflict = expectError(await duty.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: t.id }), 409, 'TEAM_NOT_AVAILABLE');
      assert.deepEqual(conflict.details, { status: 'deployed' });
      const cancelled = (await step(inc.id, d.id, { status: 'cancelled', teamStatusAfter: 'resting', note: '险情已排除' })).json<TeamDispatch>();
      assert.equal(cancelled.status, 'cancelled');
      assert.ok(cancelled.cancelledAt, 'cancel time kept');
      assert.equal((await teamDetail(t.id)).status, 'resting');
      expectError(await duty.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: t.id }), 409, 'TEAM_NOT_AVAILABLE');
      assert.ok((await logOf(inc.id)).some((e) => e.text === `取消派遣 ${t.name}：险情已排除`), 'cancel on the timeline');
    });
  });

  describe('supplies through the stock ledger', () => {
    const today = chinaDay(new Date());
    const stocked = async (at: { lon: number; lat: number }, regionCode = WUDA) => {
      const res = await admin.request('POST', '/api/resources/warehouses', { name: uniqueName('乌达区应急物资储备库'), level: 'county', regionCode, ...at, address: '乌达区', manager: '王磊', phone: '0473-3990000', capacityM3: 2000 });
      assert.equal(res.statusCode, 201, res.body);
      const w = res.json<Warehouse>();
      const batch = async (batchNo: string, quantity: number, expiresOn: string) => {
        const r = await admin.request('POST', `/api/resources/warehouses/${w.id}/inbound`, { itemId: item.id, batchNo, producedOn: addDays(today, -300), expiresOn, quantity });
        assert.equal(r.statusCode, 201, r.body);
        return r.json<{ movements: StockMovement[] }>().movements[0]!.batchId;
      };
      return { w, late: await batch('BZD-LATE', 1000, addDays(today, 500)), early: await batch('BZD-EARLY', 300, addDays(today, 60)) };
    };
    const onHand = async (w: Warehouse) => (await admin.request('GET', `/api/resources/warehouses/${w.id}/stock`)).json<{ items: { itemId: string; onHand: number }[] }>().items.find((i) => i.itemId === item.id)?.onHand;
    const trace = async (batchId: string) => (await admin.request('GET', `/api/resources/batches/${batchId}/trace`)).json<{ batch: StockBatch; movementSum: number; movements: StockMovement[] }>();

    it('takes exactly the quantity, FEFO, as dispatch_out movements referencing the incident; short stock writes nothing', async () => {
      const at = spot();
      const inc = await incident(at);
      const { w, early, late } = await stocked(east(at, 6));
      const found = await nearby(inc.id, `kind=supply&supply=${item.id}&maxKm=20`);
      assert.deepEqual([found.item?.id, found.items.map((h) => [h.id, h.availableQuantity, h.dispatched])], [item.id, [[w.id, 1300, false]]], 'the warehouse and its usable stock');

      const res = await duty.request('POST', `/api/incidents/${inc.id}/supplies`, { warehouseId: w.id, itemId: item.id, quantity: 500 });
      assert.equal(res.statusCode, 201, res.body);
      const d = res.json<SupplyDispatch>();
      assert.deepEqual(d.batches.map((b) => [b.batchId, b.quantity]), [[early, 300], [late, 200]], 'earliest expiry first');
      assert.equal(await onHand(w), 800, 'on hand down by exactly 500');
      for (const batchId of [early, late]) {
        const t = await trace(batchId);
        assert.equal(t.movementSum, t.batch.quantity, 'the ledger adds up');
        const out = t.movements.filter((m) => m.kind === 'dispatch_out');
        assert.deepEqual(out.map((m) => m.reference), [inc.id], 'the trace shows it went to the incident');
      }
      assert.ok((await nearby(inc.id, `kind=supply&supply=${item.id}&maxKm=20`)).items.every((h) => h.dispatched && h.availableQuantity === 800), 'marked, and the rest still there');

      const logBefore = (await logOf(inc.id)).length;
      const movementsBefore = await count(p(), 'resources_stock_movements', `warehouse_id = '${w.id}'`);
      const short = expectError(await duty.request('POST', `/api/incidents/${inc.id}/supplies`, { warehouseId: w.id, itemId: item.id, quantity: 801 }), 409, 'STOCK_INSUFFICIENT');
      assert.deepEqual(short.details, { available: 800, requested: 801 });
      assert.equal(await onHand(w), 800, 'on hand unchanged');
      assert.equal(await count(p(), 'resources_stock_movements', `warehouse_id = '${w.id}'`), movementsBefore, 'no movement');
      assert.equal(await count(p(), 'incidents_dispatches', `incident_id = '${inc.id}'`), 1, 'no dispatch row');
      assert.equal((await logOf(inc.id)).length, logBefore, 'nothing on the timeline');

      expectError(await step(inc.id, d.id, { status: 'departed' }), 409, 'DISPATCH_STATUS_INVALID');
      const arrived = (await step(inc.id, d.id, { status: 'arrived', note: '现场签收' })).json<SupplyDispatch>();
      assert.ok(arrived.arrivedAt, 'arrival time kept');
      const texts = (await logOf(inc.id)).map((e) => e.text);
      assert.ok(texts.some((t) => t.startsWith(`调拨 ${item.name} 500条（${w.name}，距 6.0 km，预计 `)), texts.join('\n'));
      assert.ok(texts.includes(`${item.name} 500条 送达现场：现场签收`), texts.join('\n'));
      assert.deepEqual(await ledger(p(), d.id), ['incident.supply-dispatched', 'incident.dispatch-status-changed'], 'audited');
    });
  });

  describe('region scope and the incident’s state', () => {
    it('another county’s user cannot see the incident; a county user cannot send a team or stock outside their subtree', async () => {
      const at = spot();
      const inc = await incident(at, HAIBOWAN);
      const wuda = await team(east(at, 1));
      const own = await team(east(at, 2), { regionCode: HAIBOWAN });
      expectError(await ordos.request('GET', `/api/incidents/${inc.id}/nearby?kind=team`), 404, 'INCIDENT_NOT_FOUND');
      expectError(await ordos.request('GET', `/api/incidents/${inc.id}/dispatches`), 404, 'INCIDENT_NOT_FOUND');
      expectError(await ordos.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: wuda.id }), 404, 'INCIDENT_NOT_FOUND');
      assert.deepEqual((await nearby(inc.id, 'kind=team&maxKm=20', haibowan)).items.map((h) => h.id), [own.id], 'only teams in their subtree');
      expectError(await haibowan.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: wuda.id }), 404, 'TEAM_NOT_FOUND');
      assert.equal((await teamDetail(wuda.id)).status, 'standby', 'untouched');
      const w = (await admin.request('POST', '/api/resources/warehouses', { name: uniqueName('乌达库'), level: 'county', regionCode: WUDA, ...at, address: '乌达区', manager: '王磊', phone: '0473-3990000' })).json<Warehouse>();
      expectError(await haibowan.request('POST', `/api/incidents/${inc.id}/supplies`, { warehouseId: w.id, itemId: item.id, quantity: 1 }), 404, 'WAREHOUSE_NOT_FOUND');
      const res = await haibowan.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: own.id });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal((await duty.request('GET', `/api/incidents/${inc.id}/dispatches`)).json<IncidentDispatches>().teams.length, 1, 'the city sees the county’s dispatch');
    });

    it('a closed incident takes no new dispatch, but its teams can still come back', async () => {
      const at = spot();
      const inc = await incident(at);
      const t = await team(east(at, 1));
      const d = await dispatchTeam(inc.id, t.id);
      const report = (body: Record<string, unknown>) => duty.request('POST', `/api/incidents/${inc.id}/reports`, { channel: 'written', signedOffBy: '张军', figures: {}, measuresTaken: '已处置', ...body });
      assert.equal((await report({ stage: 'initial', reportedTo: '乌海市人民政府', occurredAt: inc.occurredAt, location: '乌达区', summary: '泄漏' })).statusCode, 201);
      assert.equal((await duty.request('POST', `/api/incidents/${inc.id}/end`, { note: '泄漏已控制' })).statusCode, 200);
      assert.equal((await report({ stage: 'final', summary: '泄漏', response: '处置', currentState: '已清理', nextSteps: '调查' })).statusCode, 201);
      const other = await team(east(at, 2));
      expectError(await duty.request('POST', `/api/incidents/${inc.id}/dispatches`, { teamId: other.id }), 409, 'INCIDENT_STATUS_INVALID');
      expectError(await step(inc.id, d.id, { status: 'departed' }), 409, 'INCIDENT_STATUS_INVALID');
      assert.equal((await step(inc.id, d.id, { status: 'cancelled' })).statusCode, 200, 'called off after closing');
      assert.equal((await teamDetail(t.id)).status, 'standby');
    });
  });

  describe('fire-response circles', () => {
    it('gives fire stations in scope a 5-minute radius from the configured figures, filtered by the view', async () => {
      const at = spot();
      const station = async (regionCode: string, where: { lon: number; lat: number }) => {
        const res = await admin.request('POST', '/api/resources/facilities', { kind: 'fire_station', name: uniqueName('消防救援站'), level: 'county', regionCode, ...where, address: '乌海市', manager: '赵刚', phone: '0473-1190000' });
        assert.equal(res.statusCode, 201, res.body);
        return res.json<{ id: string }>();
      };
      const inView = await station(WUDA, at);
      const outside = await station(HAIBOWAN, east(at, 30));
      const box = `${at.lon - 0.05},${at.lat - 0.05},${at.lon + 0.05},${at.lat + 0.05}`;
      const res = await duty.request('GET', `/api/resources/fire-coverage?bbox=${box}`);
      assert.equal(res.statusCode, 200, res.body);
      const cover = res.json<FireCoverage>();
      assert.deepEqual([cover.settings.responseMinutes, cover.settings.turnoutMinutes, cover.settings.speedKmh, cover.settings.radiusMetres], [5, 1, 30, 1538], '4 min × 30 km/h ÷ 1.3');
      assert.match(cover.settings.source, /REFERENCE\.md/);
      assert.deepEqual(cover.stations.map((s) => [s.id, s.radiusMetres]), [[inView.id, 1538]], 'only the station whose circle touches the view');
      const all = (await duty.request('GET', '/api/resources/fire-coverage')).json<FireCoverage>();
      assert.ok([inView.id, outside.id].every((id) => all.stations.some((s) => s.id === id)), 'without a view: every station in scope');
      assert.ok((await ordos.request('GET', '/api/resources/fire-coverage')).json<FireCoverage>().stations.every((s) => s.regionCode.startsWith('1506')), 'another city sees only its own');
      expectError(await duty.request('GET', `/api/resources/fire-coverage?bbox=${at.lon},${at.lat},${at.lon - 1},${at.lat - 1}`), 400, 'BBOX_INVALID');
    });
  });
});
