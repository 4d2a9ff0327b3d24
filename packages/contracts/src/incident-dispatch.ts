import { z } from 'zod';
import { Id, Lat, Lon, RegionCode } from './common.js';
import { Quantity } from './resources.js';
import { LocatableKind, Speciality, TeamKind, TeamStatus } from './resource-registry.js';

/**
 * Dispatch (E3): from an incident, the nearest teams, warehouses holding a supply and shelters; one
 * action dispatches a team (已派遣 → 出发 → 到达 → 返回) or sends supplies out of a warehouse through the
 * stock ledger; and the fire stations' 5-minute response circles for the map.
 */
const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------- nearby

export const NearbyKind = z.enum(['team', 'supply', 'shelter']);
export type NearbyKind = z.infer<typeof NearbyKind>;

export const NearbyQuery = z
  .object({
    kind: NearbyKind,
    n: z.coerce.number().int().min(1).max(50).default(10),
    speciality: Speciality.optional().describe('teams: this speciality (e.g. hazardous_chemicals = 危化)'),
    teamKind: TeamKind.optional(),
    status: TeamStatus.optional().describe('teams: default standby (待命, i.e. available)'),
    supply: z
      .string()
      .trim()
      .regex(/^(?:[123][0-9]{0,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, 'a supply item id or a GB/T 38565 code (prefix)')
      .optional()
      .describe('supply: warehouses holding usable stock of this item id, or of items whose code starts with this'),
    minQuantity: z.coerce.number().positive().optional().describe('supply: at least this much usable stock'),
    minFreeCapacity: z.coerce.number().int().positive().optional().describe('shelters: at least this many free places'),
    maxKm: z.coerce.number().positive().max(5000).optional(),
  })
  .strict();
export type NearbyQuery = z.input<typeof NearbyQuery>;
export const isItemId = (supply: string) => UUID.test(supply);

export const SupplyRef = z.object({ id: Id, code: z.string(), name: z.string(), unit: z.string() });
export type SupplyRef = z.infer<typeof SupplyRef>;

export const NearbyHit = z.object({
  kind: LocatableKind,
  id: Id,
  name: z.string(),
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  distanceKm: z.number().describe('great-circle distance to the incident, 0.1 km'),
  etaMinutes: z.number().describe('straight-line estimate: distance × detour factor ÷ speed; not a route'),
  status: TeamStatus.optional(),
  specialities: z.array(Speciality).optional(),
  memberCount: z.number().int().optional(),
  availableQuantity: z.number().optional().describe('supply: usable (unexpired) stock of the item or code'),
  freeCapacity: z.number().int().optional(),
  dispatched: z.boolean().describe('team: on an open dispatch to this incident; warehouse: has sent supplies to it'),
  dispatchIds: z.array(Id),
});
export type NearbyHit = z.infer<typeof NearbyHit>;
export const NearbyResult = z.object({
  incident: z.object({ id: Id, lon: Lon, lat: Lat }),
  kind: NearbyKind,
  item: SupplyRef.nullable().describe('supply: the item when the query names exactly one'),
  items: z.array(NearbyHit),
});
export type NearbyResult = z.infer<typeof NearbyResult>;

// ---------------------------------------------------------------- dispatches

/** 已派遣 / 出发 / 到达 / 返回 / 已取消 for teams; 已调拨 (在途) / 到达 (签收) for supplies. */
export const DispatchStatus = z.enum(['dispatched', 'departed', 'arrived', 'returned', 'cancelled']);
export type DispatchStatus = z.infer<typeof DispatchStatus>;
export const DispatchKind = z.enum(['team', 'supply']);
export type DispatchKind = z.infer<typeof DispatchKind>;

export const TeamDispatchCreate = z
  .object({
    teamId: Id,
    task: z.string().trim().max(500).optional().describe('what the team is sent to do'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type TeamDispatchCreate = z.input<typeof TeamDispatchCreate>;

export const DispatchStatusChange = z
  .object({
    status: DispatchStatus.exclude(['dispatched']),
    at: IsoDateTime.optional().describe('when it happened (e.g. reported by radio); default now; not before the previous step'),
    note: z.string().trim().max(500).optional(),
    teamStatusAfter: z.enum(['standby', 'resting']).optional().describe('returned / cancelled: the team’s readiness afterwards; default standby (待命)'),
  })
  .strict();
export type DispatchStatusChange = z.input<typeof DispatchStatusChange>;

export const SupplyDispatchCreate = z
  .object({
    warehouseId: Id,
    itemId: Id,
    quantity: Quantity,
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type SupplyDispatchCreate = z.input<typeof SupplyDispatchCreate>;

export const DispatchStep = z.object({ status: DispatchStatus, at: IsoDateTime, by: z.string(), note: z.string().nullable() });
export type DispatchStep = z.infer<typeof DispatchStep>;

const DispatchBase = z.object({
  id: Id,
  incidentId: Id,
  status: DispatchStatus,
  note: z.string().nullable(),
  distanceKm: z.number().nullable().describe('from the team base or warehouse to the incident'),
  etaMinutes: z.number().nullable(),
  dispatchedAt: IsoDateTime,
  dispatchedBy: z.object({ id: z.string().nullable(), name: z.string() }),
  departedAt: IsoDateTime.nullable(),
  arrivedAt: IsoDateTime.nullable(),
  returnedAt: IsoDateTime.nullable(),
  cancelledAt: IsoDateTime.nullable(),
  steps: z.array(DispatchStep).describe('every status with its time, oldest first'),
});
export const TeamDispatch = DispatchBase.extend({
  kind: z.literal('team'),
  team: z.object({ id: Id, name: z.string(), regionCode: RegionCode, leader: z.string(), phone: z.string(), specialities: z.array(Speciality), lon: z.number(), lat: z.number() }),
  task: z.string().nullable(),
});
export type TeamDispatch = z.infer<typeof TeamDispatch>;
export const SupplyBatchLine = z.object({ batchId: Id, batchNo: z.string(), quantity: z.number(), movementId: Id });
export const SupplyDispatch = DispatchBase.extend({
  kind: z.literal('supply'),
  warehouse: z.object({ id: Id, name: z.string(), regionCode: RegionCode, lon: z.number(), lat: z.number() }),
  item: SupplyRef,
  quantity: z.number(),
  batches: z.array(SupplyBatchLine).describe('the ledger movements (kind dispatch_out, reference = the incident id), FEFO'),
});
export type SupplyDispatch = z.infer<typeof SupplyDispatch>;
export const Dispatch = z.discriminatedUnion('kind', [TeamDispatch, SupplyDispatch]);
export type Dispatch = z.infer<typeof Dispatch>;
export const IncidentDispatches = z.object({ teams: z.array(TeamDispatch), supplies: z.array(SupplyDispatch) });
export type IncidentDispatches = z.infer<typeof IncidentDispatches>;

// ---------------------------------------------------------------- fire-response circles

export const FireCoverageQuery = z
  .object({
    bbox: z
      .string()
      .transform((s) => s.split(',').map(Number))
      .pipe(z.tuple([Lon, Lat, Lon, Lat]))
      .optional()
      .describe('minLon,minLat,maxLon,maxLat (WGS-84); default every station in scope'),
  })
  .strict();
export const FireResponseSettings = z.object({
  responseMinutes: z.number().describe('the response time the circle stands for (5 分钟)'),
  turnoutMinutes: z.number().describe('of which spent turning out before driving'),
  speedKmh: z.number().describe('average urban fire-engine speed'),
  detourFactor: z.number().describe('road distance ÷ straight-line distance'),
  radiusMetres: z.number().describe('straight-line radius reached within responseMinutes'),
  source: z.string().describe('where the figures come from, and how sure they are'),
});
export const FireCoverage = z.object({
  settings: FireResponseSettings,
  stations: z.array(z.object({ id: Id, name: z.string(), regionCode: RegionCode, lon: z.number(), lat: z.number(), radiusMetres: z.number() })),
});
export type FireCoverage = z.infer<typeof FireCoverage>;

/** Text for the UI and the timeline. */
export const DISPATCH_STATUS_ZH: Record<DispatchStatus, string> = { dispatched: '已派遣', departed: '出发', arrived: '到达', returned: '返回', cancelled: '已取消' };
