import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import type { StockBatch, StockMovement, SupplyItem, Transfer, Warehouse } from '@shouwang/contracts';
import { addDays, chinaDay } from '../../src/modules/resources/stock-rules.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const WUHAI = '150300000000';
const BAOTOU = '150200000000';
type Trace = { batch: StockBatch; movementSum: number; movements: StockMovement[] };
type Stock = { items: { itemId: string; onHand: number; lowStock: boolean }[]; batches: StockBatch[] };

/** Row counts of the stock tables and the audit head: a refused write changes none of them. */
async function stockSnapshot(p: TestPlatform) {
  const n = async (t: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(p.data.system)).rows[0]?.n);
  const qty = await sql<{ s: string | null }>`select sum(quantity)::text as s from resources_stock_batches`.execute(p.data.system);
  return {
    batches: await n('resources_stock_batches'),
    movements: await n('resources_stock_movements'),
    transfers: await n('resources_transfers'),
    items: await n('resources_supply_items'),
    warehouses: await n('resources_warehouses'),
    ledger: await n('audit_ledger'),
    qty: qty.rows[0]?.s ?? null,
  };
}

describeEachEngine('supplies stock ledger over HTTP', ({ p }) => {
  let admin: TestClient;
  let item: SupplyItem;
  const today = chinaDay(new Date());

  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
    const res = await admin.request('POST', '/api/resources/supply-items', { code: '1010101', name: uniqueName('棉帐篷'), spec: '12㎡', unit: '顶', shelfLifeMonths: 60 });
    assert.equal(res.statusCode, 201, res.body);
    item = res.json<SupplyItem>();
    assert.equal(item.topClass.name, '基本生活保障物资');
  });

  const warehouse = async (client: TestClient = admin, regionCode = WUHAI) => {
    const res = await client.request('POST', '/api/resources/warehouses', { name: uniqueName('乌海市应急物资储备库'), level: 'prefecture', regionCode, lon: 106.82, lat: 39.67, address: '海勃湾区', manager: '王磊', phone: '0473-3990000', capacityM3: 5000 });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Warehouse>();
  };
  const inbound = async (w: Warehouse, batchNo: string, quantity: number, producedOn: string, expiresOn: string | null) => {
    const res = await admin.request('POST', `/api/resources/warehouses/${w.id}/inbound`, { itemId: item.id, batchNo, producedOn, expiresOn, quantity, reference: 'INC-1' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<{ movements: StockMovement[] }>().movements[0]!.batchId;
  };
  const trace = async (batchId: string, client = admin) => {
    const res = await client.request('GET', `/api/resources/batches/${batchId}/trace`);
    assert.equal(res.statusCode, 200, res.body);
    const t = res.json<Trace>();
    assert.equal(t.movementSum, t.batch.quantity, 'on hand must equal the sum of movements');
    return t;
  };
  const qty = async (batchId: string) => (await trace(batchId)).batch.quantity;

  it('takes an outbound by item FEFO across batches, earliest expiry first, never from expired stock', async () => {
    const w = await warehouse();
    const late = await inbound(w, 'B-LATE', 10, '2025-01-01', addDays(today, 400));
    const early = await inbound(w, 'B-EARLY', 4, '2025-02-01', addDays(today, 100));
    const expired = await inbound(w, 'B-OLD', 50, '2020-01-01', addDays(today, -1));
    const res = await admin.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { itemId: item.id, quantity: 6, reference: 'INC-2' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json<{ movements: StockMovement[] }>().movements.map((m) => [m.batchId, m.quantityDelta]), [[early, -4], [late, -2]]);
    assert.equal(await qty(early), 0);
    assert.equal(await qty(late), 8);
    assert.equal(await qty(expired), 50);
    const short = expectError(await admin.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { itemId: item.id, quantity: 9 }), 409, 'STOCK_INSUFFICIENT');
    assert.deepEqual(short.details, { available: 8, requested: 9 });
    expectError(await admin.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { batchId: expired, quantity: 1 }), 422, 'STOCK_BATCH_EXPIRED');
    assert.equal(await qty(late), 8);
  });

  it('never goes negative: 20 concurrent withdrawals of the last 10 units, exactly 10 succeed', async () => {
    const w = await warehouse();
    const batch = await inbound(w, 'B-LAST', 10, '2025-01-01', null);
    const replies = await Promise.all(Array.from({ length: 20 }, () => admin.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { batchId: batch, quantity: 1 })));
    const codes = replies.map((r) => r.statusCode).sort();
    assert.equal(codes.filter((c) => c === 201).length, 10, codes.join(','));
    for (const r of replies.filter((x) => x.statusCode !== 201)) expectError(r, 409, 'STOCK_INSUFFICIENT');
    const t = await trace(batch);
    assert.equal(t.batch.quantity, 0);
    assert.equal(t.movements.length, 11);
  });

  it('a transfer is in transit until received; the trace links both sides', async () => {
    const from = await warehouse();
    const to = await warehouse();
    const src = await inbound(from, 'B-TR', 30, '2025-03-01', addDays(today, 300));
    const res = await admin.request('POST', '/api/resources/transfers', { fromWarehouseId: from.id, toWarehouseId: to.id, lines: [{ batchId: src, quantity: 12 }], reference: 'DISPATCH-1' });
    assert.equal(res.statusCode, 201, res.body);
    const t = res.json<Transfer>();
    assert.equal(t.status, 'in_transit');
    assert.equal(await qty(src), 18);
    assert.equal((await admin.request('GET', `/api/resources/warehouses/${to.id}/stock`)).json<Stock>().batches.length, 0);
    const got = await admin.request('POST', `/api/resources/transfers/${t.id}/receive`, {});
    assert.equal(got.statusCode, 200, got.body);
    const received = got.json<Transfer>();
    assert.equal(received.status, 'received');
    const destId = received.lines[0]!.destinationBatchId!;
    const dest = await trace(destId);
    assert.equal(dest.batch.quantity, 12);
    assert.equal(dest.batch.batchNo, 'B-TR');
    assert.equal(dest.batch.producedOn, '2025-03-01');
    assert.equal(dest.batch.expiresOn, addDays(today, 300));
    assert.equal(dest.movements[0]!.counterpartBatchId, src);
    const source = await trace(src);
    assert.equal(source.movements.find((m) => m.kind === 'transfer_out')?.counterpartBatchId, destId);
    expectError(await admin.request('POST', `/api/resources/transfers/${t.id}/cancel`, {}), 409, 'TRANSFER_NOT_IN_TRANSIT');
  });

  it('cancelling a transfer returns the stock to its source batch', async () => {
    const from = await warehouse();
    const to = await warehouse();
    await inbound(from, 'B-C1', 5, '2025-03-01', addDays(today, 50));
    await inbound(from, 'B-C2', 5, '2025-03-01', addDays(today, 500));
    const t = (await admin.request('POST', '/api/resources/transfers', { fromWarehouseId: from.id, toWarehouseId: to.id, lines: [{ itemId: item.id, quantity: 7 }] })).json<Transfer>();
    assert.deepEqual(t.lines.map((l) => [l.batchNo, l.quantity]), [['B-C1', 5], ['B-C2', 2]]);
    const res = await admin.request('POST', `/api/resources/transfers/${t.id}/cancel`, { reason: '需求取消' });
    assert.equal(res.statusCode, 200, res.body);
    for (const l of t.lines) assert.equal(await qty(l.sourceBatchId), 5);
    expectError(await admin.request('POST', `/api/resources/transfers/${t.id}/receive`, {}), 409, 'TRANSFER_NOT_IN_TRANSIT');
  });

  it('rotation, scrap and stock-take keep on hand equal to the sum of movements', async () => {
    const w = await warehouse();
    const old = await inbound(w, 'B-ROT', 20, '2021-01-01', addDays(today, 10));
    const rot = await admin.request('POST', `/api/resources/batches/${old}/rotate`, { newBatch: { batchNo: 'B-NEW', producedOn: today, quantity: 20 }, reason: '临期轮换' });
    assert.equal(rot.statusCode, 201, rot.body);
    const [out, into] = rot.json<{ movements: StockMovement[] }>().movements;
    assert.equal(out!.kind, 'rotation_out');
    assert.equal(into!.kind, 'rotation_in');
    assert.equal(await qty(old), 0);
    const fresh = await trace(into!.batchId);
    assert.equal(fresh.batch.quantity, 20);
    assert.equal(fresh.batch.expiresOn !== null, true, 'expiry defaults from the shelf life');
    expectError(await admin.request('POST', `/api/resources/batches/${into!.batchId}/scrap`, { quantity: 2 }), 400, 'VALIDATION_FAILED');
    assert.equal((await admin.request('POST', `/api/resources/batches/${into!.batchId}/scrap`, { quantity: 2, reason: '运输破损' })).statusCode, 201);
    const adj = await admin.request('POST', `/api/resources/batches/${into!.batchId}/adjust`, { countedQuantity: 17.5, reason: '季度盘点' });
    assert.equal(adj.statusCode, 201, adj.body);
    assert.equal(adj.json<{ movements: StockMovement[] }>().movements[0]!.quantityDelta, -0.5);
    const up = await admin.request('POST', `/api/resources/batches/${into!.batchId}/adjust`, { countedQuantity: 18, reason: '复盘' });
    assert.equal(up.json<{ movements: StockMovement[] }>().movements[0]!.quantityDelta, 0.5);
    assert.equal(await qty(into!.batchId), 18);
  });

  it('warns of expired, expiring and below-threshold stock', async () => {
    const w = await warehouse();
    const expired = await inbound(w, 'W-EXP', 1, '2020-01-01', addDays(today, -3));
    const soon = await inbound(w, 'W-SOON', 1, '2025-01-01', addDays(today, 20));
    const far = await inbound(w, 'W-FAR', 1, '2025-01-01', addDays(today, 200));
    assert.equal((await admin.request('PUT', `/api/resources/warehouses/${w.id}/thresholds/${item.id}`, { minQuantity: 10 })).statusCode, 200);
    const res = await admin.request('GET', `/api/resources/stock/warnings?days=30&warehouseId=${w.id}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<{ expired: StockBatch[]; expiring: StockBatch[]; lowStock: { itemId: string; onHand: number }[] }>();
    assert.deepEqual(body.expired.map((b) => b.id), [expired]);
    assert.deepEqual(body.expiring.map((b) => b.id), [soon]);
    assert.deepEqual(body.lowStock.map((l) => [l.itemId, l.onHand]), [[item.id, 3]]);
    const stock = (await admin.request('GET', `/api/resources/warehouses/${w.id}/stock`)).json<Stock>();
    assert.equal(stock.items[0]!.lowStock, true);
    assert.equal(stock.batches.find((b) => b.id === far)?.expiry, 'ok');
    const wide = (await admin.request('GET', `/api/resources/stock/warnings?days=365&warehouseId=${w.id}`)).json<{ expiring: StockBatch[] }>();
    assert.deepEqual(wide.expiring.map((b) => b.id).sort(), [soon, far].sort());
  });

  it('keeps region scope: 包头 cannot see or move 乌海 stock, and transfers stay inside the actor’s subtree', async () => {
    const w = await warehouse();
    const batch = await inbound(w, 'B-SCOPE', 5, '2025-01-01', null);
    const baotou = await signIn(p(), 'baotou-duty');
    expectError(await baotou.request('GET', `/api/resources/warehouses/${w.id}`), 404, 'WAREHOUSE_NOT_FOUND');
    expectError(await baotou.request('GET', `/api/resources/batches/${batch}/trace`), 404, 'STOCK_BATCH_NOT_FOUND');
    const list = (await baotou.request('GET', '/api/resources/warehouses?limit=500')).json<{ items: Warehouse[] }>();
    assert.ok(list.items.every((x) => x.regionCode.startsWith('1502')));
    // The duty officer only reads; a manager elsewhere still gets 404, never a glimpse.
    expectError(await baotou.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { batchId: batch, quantity: 1 }), 403, 'AUTH_FORBIDDEN');
    const demo = await signIn(p(), 'demo-admin');
    const bt = await warehouse(demo, BAOTOU);
    const before = await stockSnapshot(p());
    expectError(await admin.request('POST', `/api/resources/warehouses/${bt.id}/inbound`, { itemId: item.id, batchNo: 'X', producedOn: '2025-01-01', quantity: 1 }), 404, 'WAREHOUSE_NOT_FOUND');
    expectError(await admin.request('POST', '/api/resources/transfers', { fromWarehouseId: w.id, toWarehouseId: bt.id, lines: [{ batchId: batch, quantity: 1 }] }), 404, 'WAREHOUSE_NOT_FOUND');
    expectError(await admin.request('POST', '/api/resources/warehouses', { name: 'x', level: 'county', regionCode: BAOTOU, lon: 110, lat: 40, address: 'x', manager: 'x', phone: '0472-1234567' }), 404, 'REGION_NOT_FOUND');
    assert.deepEqual(await stockSnapshot(p()), before);
    assert.equal(await qty(batch), 5);
    // The province-level admin sees both and may transfer between them.
    const t = await demo.request('POST', '/api/resources/transfers', { fromWarehouseId: w.id, toWarehouseId: bt.id, lines: [{ batchId: batch, quantity: 1 }] });
    assert.equal(t.statusCode, 201, t.body);
    const wuhaiDuty = await signIn(p(), 'wuhai-duty');
    assert.equal((await wuhaiDuty.request('GET', `/api/resources/warehouses/${w.id}/stock`)).statusCode, 200);
  });

  it('refuses bad input and writes nothing', async () => {
    const w = await warehouse();
    const batch = await inbound(w, 'B-BAD', 5, '2025-01-01', null);
    const duty = await signIn(p(), 'wuhai-duty');
    const before = await stockSnapshot(p());
    const bad: [string, string, unknown][] = [
      ['POST', `/api/resources/warehouses/${w.id}/outbound`, { batchId: batch, quantity: -1 }],
      ['POST', `/api/resources/warehouses/${w.id}/inbound`, { batchId: batch, quantity: 0 }],
      ['POST', `/api/resources/warehouses/${w.id}/inbound`, { batchId: batch, quantity: 1, extra: true }],
      ['POST', '/api/resources/supply-items', { code: '4010101', name: 'x', unit: '个' }],
      ['POST', '/api/resources/supply-items', { code: '101010', name: 'x', unit: '个' }],
      ['POST', `/api/resources/warehouses/${w.id}/inbound`, { itemId: item.id, batchNo: 'D', producedOn: '2025-02-30', quantity: 1 }],
      ['POST', `/api/resources/batches/${batch}/adjust`, { countedQuantity: -1, reason: 'x' }],
      ['POST', '/api/resources/warehouses', { name: 'x', level: 'city', regionCode: WUHAI, lon: 200, lat: 40, address: 'x', manager: 'x', phone: '1' }],
    ];
    for (const [method, url, body] of bad) expectError(await admin.request(method as 'POST', url, body), 400, 'VALIDATION_FAILED');
    expectError(await admin.request('POST', `/api/resources/warehouses/${w.id}/inbound`, { itemId: item.id, batchNo: 'D', producedOn: '2025-02-01', expiresOn: '2025-01-01', quantity: 1 }), 400, 'STOCK_DATES_INVALID');
    expectError(await admin.request('POST', `/api/resources/warehouses/${w.id}/outbound`, { batchId: batch, quantity: 6 }), 409, 'STOCK_INSUFFICIENT');
    expectError(await duty.request('POST', `/api/resources/batches/${batch}/scrap`, { quantity: 1, reason: '损坏' }), 403, 'AUTH_FORBIDDEN');
    assert.deepEqual(await stockSnapshot(p()), before);
  });

  it('every movement has its audit entry, and every batch equals the sum of its movements', async () => {
    const db = p().data.system;
    const missing = await sql<{ id: string }>`
      select m.id from resources_stock_movements m
      where not exists (select 1 from audit_ledger a where a.entity = 'stock_movement' and a.entity_id = m.id::text and a.action = 'stock.' || m.kind)`.execute(db);
    assert.deepEqual(missing.rows, []);
    const drift = await sql<{ id: string }>`
      select b.id from resources_stock_batches b
      left join resources_stock_movements m on m.batch_id = b.id
      group by b.id, b.quantity having b.quantity <> coalesce(sum(m.quantity_delta), 0)`.execute(db);
    assert.deepEqual(drift.rows, []);
    const verify = await admin.request('GET', '/api/audit/verify');
    assert.equal(verify.statusCode, 200, verify.body);
  });
});
