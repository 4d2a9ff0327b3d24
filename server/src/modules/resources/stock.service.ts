import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AdjustRequest,
  InboundRequest,
  OutboundRequest,
  RotateRequest,
  ScrapRequest,
  StockBatch,
  StockMovement,
  Transfer,
  TransferCreate,
} from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { conflict, invalid, ruleViolation } from '../../foundation/http/errors.js';
import { addDays, addMonths, chinaDay, expiryState, fromMilli, isLowStock, pickFefo, toMilli } from './stock-rules.js';
import { batchNotFound, insufficient, itemNotFound, transferNotFound, warehouseNotFound } from './stock.errors.js';
import { createWarehousesService } from './warehouses.service.js';
import { stockDb, stockRepository as repo, toMovement, toSupplyItem, toWarehouse, type BatchRow, type Q } from './stock.repository.js';

type MovementKind = StockMovement['kind'];

const q = (n: number) => String(fromMilli(toMilli(n)));

/** Warehouses, the supply catalogue and the stock ledger (入库、出库、调拨、轮换、报废、盘点). */
export function createStockService(deps: { data: DataLayer; clock: Clock; changed?: (warehouseId: string) => Promise<void> }) {
  const { data, clock } = deps;
  const catalogue = createWarehousesService(deps);
  /** Every stock change: permission, one unit of work, this module's tables on its transaction. */
  const manage = <T>(actor: Actor, work: (uow: UnitOfWork, db: Q) => Promise<T>): Promise<T> => {
    requirePermission(actor, 'resource.manage');
    return data.write(actor, (uow) => work(uow, stockDb(uow.db)));
  };

  const toBatch = (r: BatchRow, today: string, days: number): StockBatch => {
    const e = expiryState(r.expires_on, today, days);
    return {
      id: r.id,
      warehouseId: r.warehouse_id,
      itemId: r.item_id,
      itemCode: r.item_code,
      itemName: r.item_name,
      unit: r.unit,
      batchNo: r.batch_no,
      producedOn: r.produced_on,
      expiresOn: r.expires_on,
      regionCode: r.region_code,
      quantity: r.quantity,
      expiry: e.state,
      daysToExpiry: e.daysLeft,
    };
  };

  async function warehouseIn(db: Q, id: string) {
    const w = await repo.getWarehouse(db, id);
    if (!w) throw warehouseNotFound(id);
    return w;
  }
  async function batchIn(db: Q, id: string) {
    const b = await repo.getBatch(db, id);
    if (!b) throw batchNotFound(id);
    return b;
  }

  /** The one way stock changes: the batch quantity, its movement, the ledger entry and the event, together. */
  async function move(
    uow: UnitOfWork,
    batch: BatchRow,
    kind: MovementKind,
    delta: number,
    extra: { transferId?: string | null; counterpartBatchId?: string | null; reason?: string | undefined; reference?: string | undefined } = {},
  ): Promise<StockMovement> {
    const db = stockDb(uow.db);
    if (delta < 0) {
      if (!(await repo.take(db, batch.id, q(-delta), uow.now))) {
        const now = await repo.getBatch(db, batch.id);
        throw insufficient(now?.quantity ?? 0, -delta, batch.unit);
      }
    } else if (delta > 0) {
      await repo.put(db, batch.id, q(delta), uow.now);
    }
    const row = await repo.insertMovement(db, {
      id: randomUUID(),
      kind,
      batch_id: batch.id,
      warehouse_id: batch.warehouse_id,
      region_code: batch.region_code,
      quantity_delta: q(delta),
      transfer_id: extra.transferId ?? null,
      counterpart_batch_id: extra.counterpartBatchId ?? null,
      reason: extra.reason ?? null,
      reference: extra.reference ?? null,
      actor_id: uow.actor.id,
      at: uow.now,
    });
    const m = toMovement(row);
    uow.audit({ action: `stock.${kind}`, entity: 'stock_movement', entityId: m.id, regionCode: m.regionCode, after: m });
    uow.emit('resources.stock-changed', m.regionCode, { warehouseId: m.warehouseId, itemId: batch.item_id, batchId: m.batchId, kind, quantityDelta: m.quantityDelta, movementId: m.id });
    return m;
  }

  async function newBatch(
    uow: UnitOfWork,
    warehouse: { id: string; region_code: string },
    itemId: string,
    b: { batchNo: string; producedOn: string; expiresOn?: string | null | undefined },
  ): Promise<BatchRow> {
    const db = stockDb(uow.db);
    const item = await repo.getItem(db, itemId);
    if (!item) throw itemNotFound(itemId);
    const expiresOn = b.expiresOn !== undefined ? b.expiresOn : item.shelf_life_months ? addMonths(b.producedOn, item.shelf_life_months) : null;
    if (expiresOn !== null && expiresOn < b.producedOn) {
      throw invalid('STOCK_DATES_INVALID', { zh: '有效期不能早于生产日期', en: 'Expiry date cannot precede the production date' });
    }
    const existing = await repo.findBatch(db, warehouse.id, itemId, b.batchNo);
    if (existing) {
      if (existing.produced_on !== b.producedOn || existing.expires_on !== expiresOn) {
        throw conflict('STOCK_BATCH_CONFLICT', { zh: `批次 ${b.batchNo} 已存在且日期不同`, en: `Batch ${b.batchNo} exists with different dates` }, { batchId: existing.id });
      }
      return existing;
    }
    const { id } = await repo.insertBatch(db, {
      id: randomUUID(),
      warehouse_id: warehouse.id,
      item_id: itemId,
      batch_no: b.batchNo,
      produced_on: b.producedOn,
      expires_on: expiresOn,
      region_code: warehouse.region_code,
      quantity: 0,
      created_at: uow.now,
      updated_at: uow.now,
    });
    return (await repo.getBatch(db, id))!;
  }

  // ---- warehouses and catalogue ----

  // ---- stock ----

  async function warehouseStock(actor: Actor, id: string, f: { days: number; includeEmpty: boolean }) {
    requirePermission(actor, 'resource.read');
    const db = stockDb(data.read(actor));
    await warehouseIn(db, id);
    const today = chinaDay(clock.now());
    const rows = await repo.batchesOf(db, { warehouseId: id });
    const thresholds = await repo.thresholds(db, id);
    const summary = new Map<string, { itemId: string; itemCode: string; itemName: string; unit: string; milli: number }>();
    for (const r of rows) {
      const s = summary.get(r.item_id) ?? { itemId: r.item_id, itemCode: r.item_code, itemName: r.item_name, unit: r.unit, milli: 0 };
      s.milli += toMilli(r.quantity);
      summary.set(r.item_id, s);
    }
    for (const t of thresholds) {
      if (summary.has(t.item_id)) continue;
      const item = await repo.getItem(db, t.item_id);
      if (item) summary.set(t.item_id, { itemId: item.id, itemCode: item.code, itemName: item.name, unit: item.unit, milli: 0 });
    }
    const min = new Map(thresholds.map((t) => [t.item_id, t.min_quantity]));
    return {
      warehouseId: id,
      items: [...summary.values()].map((s) => {
        const onHand = fromMilli(s.milli);
        const minQuantity = min.get(s.itemId) ?? null;
        return { itemId: s.itemId, itemCode: s.itemCode, itemName: s.itemName, unit: s.unit, onHand, minQuantity, lowStock: isLowStock(onHand, minQuantity) };
      }),
      batches: rows.filter((r) => f.includeEmpty || r.quantity > 0).map((r) => toBatch(r, today, f.days)),
    };
  }

  async function setThreshold(actor: Actor, warehouseId: string, itemId: string, minQuantity: number) {
    return manage(actor, async (uow, db) => {
      const w = await warehouseIn(db, warehouseId);
      if (!(await repo.getItem(db, itemId))) throw itemNotFound(itemId);
      await repo.setThreshold(db, { warehouse_id: warehouseId, item_id: itemId, region_code: w.region_code, min_quantity: q(minQuantity) });
      const t = { warehouseId, itemId, minQuantity };
      uow.audit({ action: 'stock.threshold-set', entity: 'stock_threshold', entityId: `${warehouseId}:${itemId}`, regionCode: w.region_code, after: t });
      return t;
    });
  }

  async function inbound(actor: Actor, warehouseId: string, input: z.infer<typeof InboundRequest>) {
    return manage(actor, async (uow, db) => {
      const w = await warehouseIn(db, warehouseId);
      let batch: BatchRow;
      if (input.batchId) {
        if (input.itemId || input.batchNo || input.producedOn || input.expiresOn !== undefined) throw eitherOr('batchId', 'itemId, batchNo, producedOn');
        batch = await batchIn(db, input.batchId);
        if (batch.warehouse_id !== warehouseId) throw batchNotFound(input.batchId);
      } else {
        if (!input.itemId || !input.batchNo || !input.producedOn) throw eitherOr('batchId', 'itemId, batchNo, producedOn');
        batch = await newBatch(uow, w, input.itemId, { batchNo: input.batchNo, producedOn: input.producedOn, expiresOn: input.expiresOn });
      }
      const m = await move(uow, batch, 'inbound', input.quantity, { reason: input.reason, reference: input.reference });
      return { movements: [m] };
    });
  }

  /** Picks batches: the named one, or FEFO across the item's batches in the warehouse. */
  async function pick(db: Q, warehouseId: string, today: string, line: { batchId?: string | undefined; itemId?: string | undefined; quantity: number; allowExpired: boolean }) {
    if (line.batchId) {
      if (line.itemId) throw eitherOr('batchId', 'itemId');
      const b = await batchIn(db, line.batchId);
      if (b.warehouse_id !== warehouseId) throw batchNotFound(line.batchId);
      if (!line.allowExpired && expiryState(b.expires_on, today, 0).state === 'expired') {
        throw ruleViolation('STOCK_BATCH_EXPIRED', { zh: `批次 ${b.batch_no} 已过期，如需出库请明确指定 allowExpired`, en: `Batch ${b.batch_no} has expired; set allowExpired to move it` });
      }
      return [{ batch: b, quantity: line.quantity }];
    }
    if (!line.itemId) throw eitherOr('batchId', 'itemId');
    const rows = await repo.batchesOf(db, { warehouseId, itemId: line.itemId, nonEmpty: true });
    const plan = pickFefo(rows.map((r) => ({ id: r.id, quantity: r.quantity, producedOn: r.produced_on, expiresOn: r.expires_on })), line.quantity, today, { allowExpired: line.allowExpired });
    if (!plan.ok) {
      const item = await repo.getItem(db, line.itemId);
      if (!item) throw itemNotFound(line.itemId);
      throw insufficient(plan.available, line.quantity, item.unit);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    return plan.picks.map((p) => ({ batch: byId.get(p.batchId)!, quantity: p.quantity }));
  }

  async function outbound(actor: Actor, warehouseId: string, input: z.infer<typeof OutboundRequest>) {
    return manage(actor, async (uow, db) => {
      await warehouseIn(db, warehouseId);
      const picks = await pick(db, warehouseId, chinaDay(uow.now), input);
      const movements: StockMovement[] = [];
      for (const p of picks) movements.push(await move(uow, p.batch, 'outbound', -p.quantity, { reason: input.reason, reference: input.reference }));
      return { movements };
    });
  }

  async function transferView(db: Q, id: string): Promise<Transfer> {
    const t = await repo.getTransfer(db, id);
    if (!t) throw transferNotFound(id);
    const ms = await repo.movementsOfTransfer(db, id);
    const lines: Transfer['lines'] = [];
    for (const m of ms.filter((x) => x.kind === 'transfer_out')) {
      const b = await repo.getBatch(db, m.batch_id);
      const dest = ms.find((x) => x.kind === 'transfer_in' && x.counterpart_batch_id === m.batch_id && x.warehouse_id === t.to_warehouse_id);
      lines.push({ sourceBatchId: m.batch_id, itemId: b?.item_id ?? '', batchNo: b?.batch_no ?? '', quantity: -Number(m.quantity_delta), destinationBatchId: dest?.batch_id ?? null });
    }
    return {
      id: t.id,
      fromWarehouseId: t.from_warehouse_id,
      toWarehouseId: t.to_warehouse_id,
      status: t.status as Transfer['status'],
      regionCode: t.region_code,
      reference: t.reference,
      createdAt: t.created_at.toISOString(),
      receivedAt: t.received_at?.toISOString() ?? null,
      cancelledAt: t.cancelled_at?.toISOString() ?? null,
      lines,
    };
  }

  async function getTransfer(actor: Actor, id: string) {
    requirePermission(actor, 'resource.read');
    return transferView(stockDb(data.read(actor)), id);
  }

  /**
   * 调拨: stock leaves the source batches now (transfer_out) and is in transit until received.
   * Scope rule: both warehouses must be inside the actor's subtree (a destination the actor cannot see is 404).
   */
  async function createTransfer(actor: Actor, input: z.infer<typeof TransferCreate>) {
    return manage(actor, async (uow, db) => {
      const from = await warehouseIn(db, input.fromWarehouseId);
      await warehouseIn(db, input.toWarehouseId);
      if (input.fromWarehouseId === input.toWarehouseId) {
        throw ruleViolation('TRANSFER_SAME_WAREHOUSE', { zh: '调出仓库与调入仓库不能相同', en: 'Source and destination warehouse must differ' });
      }
      const t = await repo.insertTransfer(db, {
        id: randomUUID(),
        from_warehouse_id: input.fromWarehouseId,
        to_warehouse_id: input.toWarehouseId,
        status: 'in_transit',
        region_code: from.region_code,
        reference: input.reference ?? null,
        created_by: actor.id,
        created_at: uow.now,
        received_at: null,
        cancelled_at: null,
      });
      const today = chinaDay(uow.now);
      for (const line of input.lines) {
        for (const p of await pick(db, from.id, today, line)) {
          await move(uow, p.batch, 'transfer_out', -p.quantity, { transferId: t.id, reason: input.reason, reference: input.reference });
        }
      }
      const view = await transferView(db, t.id);
      uow.audit({ action: 'transfer.created', entity: 'stock_transfer', entityId: t.id, regionCode: t.region_code, after: view });
      return view;
    });
  }

  async function closeTransfer(actor: Actor, id: string, status: 'received' | 'cancelled', reason: string | undefined) {
    return manage(actor, async (uow, db) => {
      const t = await repo.getTransfer(db, id);
      if (!t) throw transferNotFound(id);
      const to = await warehouseIn(db, t.to_warehouse_id);
      if (!(await repo.closeTransfer(db, id, status, uow.now))) {
        throw conflict('TRANSFER_NOT_IN_TRANSIT', { zh: `调拨单已${t.status === 'received' ? '签收' : '取消'}`, en: `Transfer is already ${t.status}` }, { status: t.status });
      }
      const outs = (await repo.movementsOfTransfer(db, id)).filter((m) => m.kind === 'transfer_out');
      for (const m of outs) {
        const source = await batchIn(db, m.batch_id);
        const quantity = -Number(m.quantity_delta);
        // Received: a batch at the destination keeps the batch number and dates. Cancelled: back to the source batch.
        const target = status === 'received' ? await newBatch(uow, to, source.item_id, { batchNo: source.batch_no, producedOn: source.produced_on, expiresOn: source.expires_on }) : source;
        await move(uow, target, 'transfer_in', quantity, { transferId: id, counterpartBatchId: source.id, reason: reason ?? (status === 'cancelled' ? '调拨取消' : undefined), reference: t.reference ?? undefined });
      }
      const view = await transferView(db, id);
      uow.audit({ action: `transfer.${status}`, entity: 'stock_transfer', entityId: id, regionCode: t.region_code, after: view });
      return view;
    });
  }

  /** 轮换: the old stock leaves (rotation_out) and a new batch comes in (rotation_in), in one unit of work. */
  async function rotate(actor: Actor, batchId: string, input: z.infer<typeof RotateRequest>) {
    return manage(actor, async (uow, db) => {
      const old = await batchIn(db, batchId);
      const w = await warehouseIn(db, old.warehouse_id);
      const fresh = await newBatch(uow, w, old.item_id, input.newBatch);
      if (fresh.id === old.id) throw ruleViolation('ROTATION_SAME_BATCH', { zh: '轮换的新批次不能与旧批次相同', en: 'The new batch of a rotation must differ from the old one' });
      const quantity = input.quantity ?? old.quantity;
      if (quantity <= 0) throw insufficient(0, quantity, old.unit);
      const out = await move(uow, old, 'rotation_out', -quantity, { counterpartBatchId: fresh.id, reason: input.reason, reference: input.reference });
      const into = await move(uow, fresh, 'rotation_in', input.newBatch.quantity, { counterpartBatchId: old.id, reason: input.reason, reference: input.reference });
      return { movements: [out, into] };
    });
  }

  /** 报废: needs a reason; may take expired stock. */
  async function scrap(actor: Actor, batchId: string, input: z.infer<typeof ScrapRequest>) {
    requirePermission(actor, 'resource.manage');
    return data.write(actor, async (uow) => {
      const b = await batchIn(stockDb(uow.db), batchId);
      return { movements: [await move(uow, b, 'scrap', -input.quantity, { reason: input.reason, reference: input.reference })] };
    });
  }

  /** 盘点: the counted quantity becomes the stock; the difference is an adjust movement. */
  async function adjust(actor: Actor, batchId: string, input: z.infer<typeof AdjustRequest>) {
    return manage(actor, async (uow, db) => {
      const b = await batchIn(db, batchId);
      const delta = fromMilli(toMilli(input.countedQuantity) - toMilli(b.quantity));
      // Lock the row and make sure nobody changed it between the read and the write.
      if (!(await repo.setCounted(db, b.id, q(b.quantity), q(b.quantity), uow.now))) {
        throw conflict('STOCK_CHANGED', { zh: '盘点期间库存已变动，请重新盘点', en: 'Stock changed during the count; count again' });
      }
      return { movements: [await move(uow, b, 'adjust', delta, { reason: input.reason })] };
    });
  }

  /**
   * 调拨 to an incident, in the caller's unit of work (an incident dispatch): FEFO across the item's usable
   * batches in the warehouse, each taken under its row lock (a concurrent taker queues and re-checks), one
   * dispatch_out movement per batch with the incident id as reference. Short stock throws STOCK_INSUFFICIENT
   * with what is available, and the caller's whole unit of work rolls back.
   */
  async function dispatchOutIn(uow: UnitOfWork, input: { warehouseId: string; itemId: string; quantity: number; reference: string; reason?: string | undefined }) {
    const db = stockDb(uow.db);
    const warehouse = toWarehouse(await warehouseIn(db, input.warehouseId));
    const itemRow = await repo.getItem(db, input.itemId);
    if (!itemRow) throw itemNotFound(input.itemId);
    const picks = await pick(db, warehouse.id, chinaDay(uow.now), { itemId: input.itemId, quantity: input.quantity, allowExpired: false });
    const lines: { batchId: string; batchNo: string; quantity: number; movementId: string }[] = [];
    for (const p of picks) {
      const m = await move(uow, p.batch, 'dispatch_out', -p.quantity, { reason: input.reason, reference: input.reference });
      lines.push({ batchId: p.batch.id, batchNo: p.batch.batch_no, quantity: p.quantity, movementId: m.id });
    }
    return { warehouse, item: toSupplyItem(itemRow), lines };
  }

  async function getItem(actor: Actor, id: string) {
    requirePermission(actor, 'resource.read');
    const row = await repo.getItem(stockDb(data.read(actor)), id);
    if (!row) throw itemNotFound(id);
    return toSupplyItem(row);
  }

  async function trace(actor: Actor, batchId: string) {
    requirePermission(actor, 'resource.read');
    const db = stockDb(data.read(actor));
    const b = await batchIn(db, batchId);
    const rows = await repo.movementsOfBatch(db, batchId);
    const movements: StockMovement[] = [];
    for (const r of rows) {
      const m = toMovement(r);
      if (m.kind === 'transfer_out' && m.transferId) {
        const dest = (await repo.movementsOfTransfer(db, m.transferId)).find((x) => x.kind === 'transfer_in' && x.counterpart_batch_id === batchId && x.batch_id !== batchId);
        m.counterpartBatchId = dest?.batch_id ?? null;
      }
      movements.push(m);
    }
    const sum = fromMilli(movements.reduce((s, m) => s + toMilli(m.quantityDelta), 0));
    return { batch: toBatch(b, chinaDay(clock.now()), 30), movementSum: sum, movements };
  }

  async function warnings(actor: Actor, f: { days: number; warehouseId?: string | undefined }) {
    requirePermission(actor, 'resource.read');
    const db = stockDb(data.read(actor));
    const today = chinaDay(clock.now());
    const expiring = await repo.batchesOf(db, { nonEmpty: true, expiringBy: addDays(today, f.days), ...(f.warehouseId && { warehouseId: f.warehouseId }) });
    const views = expiring.map((r) => toBatch(r, today, f.days));
    const lowStock = (await repo.thresholdsWithStock(db, f.warehouseId))
      .filter((t) => isLowStock(t.on_hand, t.min_quantity))
      .map((t) => ({ warehouseId: t.warehouse_id, warehouseName: t.warehouse_name, regionCode: t.region_code, itemId: t.item_id, itemCode: t.item_code, itemName: t.item_name, unit: t.unit, onHand: t.on_hand, minQuantity: t.min_quantity, lowStock: true }));
    return { days: f.days, expired: views.filter((v) => v.expiry === 'expired'), expiring: views.filter((v) => v.expiry === 'expiring'), lowStock };
  }

  return {
    ...catalogue,
    warehouseStock,
    setThreshold,
    inbound,
    outbound,
    getTransfer,
    createTransfer,
    receiveTransfer: (actor: Actor, id: string, reason?: string) => closeTransfer(actor, id, 'received', reason),
    cancelTransfer: (actor: Actor, id: string, reason?: string) => closeTransfer(actor, id, 'cancelled', reason),
    rotate,
    scrap,
    adjust,
    dispatchOutIn,
    getItem,
    trace,
    warnings,
  };
}

const eitherOr = (a: string, b: string) =>
  invalid('STOCK_TARGET_AMBIGUOUS', { zh: `请二选一：${a}，或 ${b}`, en: `Give either ${a} or ${b}` });

export type StockService = ReturnType<typeof createStockService>;
