import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { SupplyItemCreate, WarehouseCreate, WarehouseUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { ruleViolation } from '../../foundation/http/errors.js';
import { warehouseNotFound } from './stock.errors.js';
import { stockDb, stockRepository as repo, toSupplyItem, toWarehouse, type Q } from './stock.repository.js';

/** Warehouses (4 levels) and the national supply catalogue; the stock ledger builds on them. */
export function createWarehousesService(deps: { data: DataLayer; changed?: (warehouseId: string) => Promise<void> }) {
  const { data } = deps;
  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> => {
    requirePermission(actor, 'resource.manage');
    return data.write(actor, work);
  };
  async function warehouseIn(db: Q, id: string) {
    const w = await repo.getWarehouse(db, id);
    if (!w) throw warehouseNotFound(id);
    return w;
  }

  async function listWarehouses(actor: Actor, f: Parameters<typeof repo.listWarehouses>[1]) {
    requirePermission(actor, 'resource.read');
    return repo.listWarehouses(stockDb(data.read(actor)), f);
  }
  async function getWarehouse(actor: Actor, id: string) {
    requirePermission(actor, 'resource.read');
    return toWarehouse(await warehouseIn(stockDb(data.read(actor)), id));
  }
  async function insertWarehouse(uow: UnitOfWork, input: z.infer<typeof WarehouseCreate>) {
    const row = await repo.insertWarehouse(stockDb(uow.db), {
      id: randomUUID(),
      name: input.name,
      level: input.level,
      region_code: input.regionCode,
      lon: input.lon,
      lat: input.lat,
      address: input.address,
      manager: input.manager,
      phone: input.phone,
      capacity_m3: input.capacityM3 ?? null,
      created_at: uow.now,
      updated_at: uow.now,
    });
    const w = toWarehouse(row);
    uow.audit({ action: 'warehouse.created', entity: 'warehouse', entityId: w.id, regionCode: w.regionCode, after: w });
    uow.emit('resources.warehouse-created', w.regionCode, { id: w.id, name: w.name });
    return w;
  }
  async function patchWarehouse(uow: UnitOfWork, id: string, patch: z.infer<typeof WarehouseUpdate>) {
    const db = stockDb(uow.db);
    const before = await warehouseIn(db, id);
    if (patch.regionCode !== undefined && patch.regionCode !== before.region_code) {
      // Batches, movements and thresholds carry the warehouse's region; moving it would split the ledger.
      throw ruleViolation('WAREHOUSE_REGION_FIXED', { zh: '仓库所属区划不能修改', en: 'A warehouse cannot change region' });
    }
    const row = await repo.updateWarehouse(db, id, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.level !== undefined && { level: patch.level }),
      ...(patch.lon !== undefined && { lon: patch.lon }),
      ...(patch.lat !== undefined && { lat: patch.lat }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.manager !== undefined && { manager: patch.manager }),
      ...(patch.phone !== undefined && { phone: patch.phone }),
      ...(patch.capacityM3 !== undefined && { capacity_m3: patch.capacityM3 }),
      updated_at: uow.now,
    });
    if (!row) throw warehouseNotFound(id);
    const w = toWarehouse(row);
    uow.audit({ action: 'warehouse.updated', entity: 'warehouse', entityId: id, regionCode: w.regionCode, before: toWarehouse(before), after: w });
    uow.emit('resources.warehouse-updated', w.regionCode, { id, name: w.name });
    return w;
  }
  async function createWarehouse(actor: Actor, input: z.infer<typeof WarehouseCreate>) {
    const w = await manage(actor, (uow) => insertWarehouse(uow, input));
    await deps.changed?.(w.id);
    return w;
  }
  async function updateWarehouse(actor: Actor, id: string, patch: z.infer<typeof WarehouseUpdate>) {
    const w = await manage(actor, (uow) => patchWarehouse(uow, id, patch));
    await deps.changed?.(w.id);
    return w;
  }
  const findWarehouse = async (uow: UnitOfWork, regionCode: string, name: string) =>
    (await stockDb(uow.db).selectFrom('resources_warehouses').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst())?.id;

  async function listItems(actor: Actor, f: Parameters<typeof repo.listItems>[1]) {
    requirePermission(actor, 'resource.read');
    return repo.listItems(stockDb(data.read(actor)), f);
  }
  async function createItem(actor: Actor, input: z.infer<typeof SupplyItemCreate>) {
    requirePermission(actor, 'resource.manage');
    return data.write(actor, async (uow) => {
      const row = await repo.insertItem(stockDb(uow.db), {
        id: randomUUID(),
        code: input.code,
        name: input.name,
        spec: input.spec,
        unit: input.unit,
        shelf_life_months: input.shelfLifeMonths ?? null,
        created_at: uow.now,
      });
      const item = toSupplyItem(row);
      // The catalogue is national; its ledger entries sit at the actor's region.
      uow.audit({ action: 'supply-item.created', entity: 'supply_item', entityId: item.id, regionCode: actor.regionCode, after: item });
      return item;
    });
  }

  return { listWarehouses, getWarehouse, createWarehouse, updateWarehouse, insertWarehouse, patchWarehouse, findWarehouse, listItems, createItem };
}
