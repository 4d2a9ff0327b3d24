import { conflict, notFound } from '../../foundation/http/errors.js';

export const warehouseNotFound = (id: string) => notFound('WAREHOUSE_NOT_FOUND', { zh: `仓库 ${id} 不存在或不在您的管辖范围内`, en: `Warehouse ${id} not found in your scope` });
export const itemNotFound = (id: string) => notFound('SUPPLY_ITEM_NOT_FOUND', { zh: `物资品目 ${id} 不存在`, en: `Supply item ${id} not found` });
export const batchNotFound = (id: string) => notFound('STOCK_BATCH_NOT_FOUND', { zh: `库存批次 ${id} 不存在或不在您的管辖范围内`, en: `Stock batch ${id} not found in your scope` });
export const transferNotFound = (id: string) => notFound('TRANSFER_NOT_FOUND', { zh: `调拨单 ${id} 不存在或不在您的管辖范围内`, en: `Transfer ${id} not found in your scope` });
export const insufficient = (available: number, requested: number, unit: string) =>
  conflict(
    'STOCK_INSUFFICIENT',
    { zh: `库存不足：可用 ${available}${unit}，需要 ${requested}${unit}`, en: `Insufficient stock: ${available} ${unit} available, ${requested} ${unit} requested` },
    { available, requested },
  );
