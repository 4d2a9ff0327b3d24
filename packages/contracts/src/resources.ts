import { z } from 'zod';
import { ContactPhone, Id, Lat, Lon, PageQuery, RegionCode, Text } from './common.js';

/** 自治区级 / 盟市级 / 旗县级 / 苏木乡镇级 */
export const WarehouseLevel = z.enum(['region', 'prefecture', 'county', 'township']);
export type WarehouseLevel = z.infer<typeof WarehouseLevel>;

/** GB/T 38565-2020 supply code: 7 digits `D NN NN NN`, major class 1, 2 or 3. */
export const SupplyCode = z.string().regex(/^[123][0-9]{6}$/, 'GB/T 38565 code: 7 digits, first digit 1, 2 or 3');
export const SupplyTopClass = z.enum(['1', '2', '3']);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DateOnly = z
  .string()
  .regex(DAY, 'date must be YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'no such calendar day');

/** A positive quantity with at most 3 decimals. */
export const Quantity = z
  .number()
  .positive()
  .max(1e10)
  .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, 'at most 3 decimals');
const Reference = z.string().trim().min(1).max(100).describe('e.g. an incident id or a dispatch order number');

export const Warehouse = z.object({
  id: Id,
  name: z.string(),
  level: WarehouseLevel,
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  address: z.string(),
  manager: z.string(),
  phone: z.string(),
  capacityM3: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Warehouse = z.infer<typeof Warehouse>;

export const WarehouseCreate = z
  .object({
    name: Text(100),
    level: WarehouseLevel,
    regionCode: RegionCode,
    lon: Lon,
    lat: Lat,
    address: Text(200),
    manager: Text(50),
    phone: ContactPhone,
    capacityM3: z.number().positive().max(1e9).nullable().optional(),
  })
  .strict();
export const WarehouseUpdate = WarehouseCreate.partial().strict();
export const WarehouseListQuery = PageQuery.extend({ regionCode: RegionCode.optional(), level: WarehouseLevel.optional(), q: z.string().max(50).optional() }).strict();

export const SupplyItem = z.object({
  id: Id,
  code: z.string(),
  topClass: z.object({ code: SupplyTopClass, name: z.string() }).describe('GB/T 38565 major class; lower classes are not named'),
  name: z.string(),
  spec: z.string(),
  unit: z.string(),
  shelfLifeMonths: z.number().int().nullable(),
});
export type SupplyItem = z.infer<typeof SupplyItem>;
export const SupplyItemCreate = z
  .object({
    code: SupplyCode,
    name: Text(100),
    spec: z.string().trim().max(100).default(''),
    unit: Text(20),
    shelfLifeMonths: z.number().int().positive().max(1200).nullable().optional(),
  })
  .strict();
export const SupplyItemListQuery = PageQuery.extend({ topClass: SupplyTopClass.optional(), code: z.string().regex(/^\d{1,7}$/).optional(), q: z.string().max(50).optional() }).strict();

export const ExpiryState = z.enum(['expired', 'expiring', 'ok']);
export const StockBatch = z.object({
  id: Id,
  warehouseId: Id,
  itemId: Id,
  itemCode: z.string(),
  itemName: z.string(),
  unit: z.string(),
  batchNo: z.string(),
  producedOn: z.string(),
  expiresOn: z.string().nullable(),
  regionCode: RegionCode,
  quantity: z.number(),
  expiry: ExpiryState,
  daysToExpiry: z.number().int().nullable(),
});
export type StockBatch = z.infer<typeof StockBatch>;

export const StockItemSummary = z.object({
  itemId: Id,
  itemCode: z.string(),
  itemName: z.string(),
  unit: z.string(),
  onHand: z.number(),
  minQuantity: z.number().nullable(),
  lowStock: z.boolean(),
});
export const WarehouseStock = z.object({ warehouseId: Id, items: z.array(StockItemSummary), batches: z.array(StockBatch) });
export const StockQuery = z.object({ days: z.coerce.number().int().min(0).max(3650).default(30), includeEmpty: z.enum(['true', 'false']).default('false') }).strict();

/** dispatch_out: 调拨 to an incident (E3); its reference is the incident id. */
export const MovementKind = z.enum(['inbound', 'outbound', 'transfer_out', 'transfer_in', 'rotation_out', 'rotation_in', 'scrap', 'adjust', 'dispatch_out']);
export const StockMovement = z.object({
  id: Id,
  kind: MovementKind,
  batchId: Id,
  warehouseId: Id,
  regionCode: RegionCode,
  quantityDelta: z.number(),
  transferId: Id.nullable(),
  counterpartBatchId: Id.nullable().describe('the other side: source batch of a transfer_in, destination batch of a received transfer_out, old/new batch of a rotation'),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  actorId: z.string().nullable(),
  at: z.string(),
});
export type StockMovement = z.infer<typeof StockMovement>;
export const Movements = z.object({ movements: z.array(StockMovement) });

export const InboundRequest = z
  .object({
    batchId: Id.optional().describe('add to this existing batch; otherwise itemId, batchNo and producedOn make or find a batch'),
    itemId: Id.optional(),
    batchNo: Text(50).optional(),
    producedOn: DateOnly.optional(),
    expiresOn: DateOnly.nullable().optional().describe('defaults to producedOn + the item’s shelf life'),
    quantity: Quantity,
    reference: Reference.optional(),
    reason: Text(200).optional(),
  })
  .strict();
export const OutboundRequest = z
  .object({
    batchId: Id.optional().describe('take from this batch; otherwise itemId with FEFO across batches'),
    itemId: Id.optional(),
    quantity: Quantity,
    allowExpired: z.boolean().default(false),
    reference: Reference.optional(),
    reason: Text(200).optional(),
  })
  .strict();

export const TransferStatus = z.enum(['in_transit', 'received', 'cancelled']);
export const TransferLineInput = z
  .object({ batchId: Id.optional(), itemId: Id.optional(), quantity: Quantity, allowExpired: z.boolean().default(false) })
  .strict();
export const TransferCreate = z
  .object({ fromWarehouseId: Id, toWarehouseId: Id, lines: z.array(TransferLineInput).min(1).max(100), reference: Reference.optional(), reason: Text(200).optional() })
  .strict();
export const TransferLine = z.object({ sourceBatchId: Id, itemId: Id, batchNo: z.string(), quantity: z.number(), destinationBatchId: Id.nullable() });
export const Transfer = z.object({
  id: Id,
  fromWarehouseId: Id,
  toWarehouseId: Id,
  status: TransferStatus,
  regionCode: RegionCode,
  reference: z.string().nullable(),
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  lines: z.array(TransferLine),
});
export type Transfer = z.infer<typeof Transfer>;
export const TransferAction = z.object({ reason: Text(200).optional() }).strict();

export const RotateRequest = z
  .object({
    quantity: Quantity.optional().describe('defaults to everything on hand in the old batch'),
    newBatch: z.object({ batchNo: Text(50), producedOn: DateOnly, expiresOn: DateOnly.nullable().optional(), quantity: Quantity }).strict(),
    reason: Text(200).optional(),
    reference: Reference.optional(),
  })
  .strict();
export const ScrapRequest = z.object({ quantity: Quantity, reason: Text(200), reference: Reference.optional() }).strict();
export const AdjustRequest = z.object({ countedQuantity: z.number().min(0).max(1e10), reason: Text(200) }).strict();
export const ThresholdSet = z.object({ minQuantity: z.number().min(0).max(1e10) }).strict();
export const Threshold = z.object({ warehouseId: Id, itemId: Id, minQuantity: z.number() });

export const BatchTrace = z.object({ batch: StockBatch, movementSum: z.number(), movements: z.array(StockMovement) });

export const WarningsQuery = z.object({ days: z.coerce.number().int().min(0).max(3650).default(30), warehouseId: Id.optional() }).strict();
export const LowStockWarning = StockItemSummary.extend({ warehouseId: Id, warehouseName: z.string(), regionCode: RegionCode });
export const StockWarnings = z.object({
  days: z.number().int(),
  expired: z.array(StockBatch),
  expiring: z.array(StockBatch),
  lowStock: z.array(LowStockWarning),
});
export type WarehouseStock = z.infer<typeof WarehouseStock>;
export type StockWarnings = z.infer<typeof StockWarnings>;
export type StockItemSummary = z.infer<typeof StockItemSummary>;
export type LowStockWarning = z.infer<typeof LowStockWarning>;
