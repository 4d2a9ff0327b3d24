import { z } from 'zod';
import { ContactPhone as Phone, Id, Lat, Lon, PageQuery, RegionCode, Text, updateOf } from './common.js';
import { DateOnly } from './resources.js';

const Tags = <T extends z.ZodTypeAny>(item: T, max = 20) => z.array(item).max(max);
/** `a,b,c` in a query string → ['a','b','c']. */
const CsvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(20));

// ---------------------------------------------------------------- rescue forces (D3)

/** 综合性 / 专业 / 基层应急突击队 / 社会 / 企业 */
export const TeamKind = z.enum(['comprehensive', 'professional', 'grassroots', 'social', 'enterprise']);
export type TeamKind = z.infer<typeof TeamKind>;

/** 森林草原灭火 / 防汛抗旱 / 地震地质 / 危化 / 煤矿 / 非煤矿山 / 城市安全 / 医学救援 / 综合救援 / 水域救援 */
export const Speciality = z.enum([
  'forest_grassland_fire',
  'flood_drought',
  'earthquake_geological',
  'hazardous_chemicals',
  'coal_mine',
  'non_coal_mine',
  'urban_safety',
  'medical',
  'general_rescue',
  'water_rescue',
]);
export type Speciality = z.infer<typeof Speciality>;

/** The level of government a team or facility answers to: 自治区 / 盟市 / 旗县 / 苏木乡镇 / 嘎查村. */
export const ForceLevel = z.enum(['region', 'prefecture', 'county', 'township', 'village']);
export type ForceLevel = z.infer<typeof ForceLevel>;

/** 待命 / 出动 / 休整 / 撤编 */
export const TeamStatus = z.enum(['standby', 'deployed', 'resting', 'disbanded']);
export type TeamStatus = z.infer<typeof TeamStatus>;

export const EquipmentLine = z.object({ name: Text(100), quantity: z.number().int().min(0).max(1e7), unit: Text(10) }).strict();

export const Team = z.object({
  id: Id,
  name: z.string(),
  kind: TeamKind,
  specialities: z.array(Speciality),
  level: ForceLevel,
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  baseAddress: z.string(),
  leader: z.string(),
  phone: z.string(),
  equipment: z.array(EquipmentLine),
  status: TeamStatus,
  statusSince: z.string(),
  memberCount: z.number().int().describe('active members on the roster'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Team = z.infer<typeof Team>;

/** 队长 / 副队长 / 队员 */
export const MemberRole = z.enum(['leader', 'deputy', 'member']);
export const Certificate = z.object({ name: Text(100), number: z.string().trim().max(50).optional(), expiresOn: DateOnly.optional() }).strict();

export const TeamMember = z.object({
  id: Id,
  teamId: Id,
  name: z.string(),
  role: MemberRole,
  phone: z.string(),
  skills: z.array(z.string()),
  certificates: z.array(Certificate),
  active: z.boolean(),
  regionCode: RegionCode,
});
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamMemberCreate = z
  .object({
    name: Text(50),
    role: MemberRole.default('member'),
    phone: Phone,
    skills: Tags(Text(50)).default([]),
    certificates: Tags(Certificate).default([]),
    active: z.boolean().default(true),
  })
  .strict();
export type TeamMemberCreate = z.input<typeof TeamMemberCreate>;
export const TeamMemberUpdate = updateOf(TeamMemberCreate);

export const TeamCreate = z
  .object({
    name: Text(100),
    kind: TeamKind,
    specialities: Tags(Speciality, 10).min(1),
    level: ForceLevel,
    regionCode: RegionCode,
    lon: Lon,
    lat: Lat,
    baseAddress: Text(200),
    leader: Text(50),
    phone: Phone,
    equipment: Tags(EquipmentLine, 200).default([]),
    members: Tags(TeamMemberCreate, 1000).optional().describe('the initial roster'),
  })
  .strict();
export type TeamCreate = z.input<typeof TeamCreate>;
export const TeamUpdate = updateOf(TeamCreate.omit({ members: true }));
export type TeamUpdate = z.input<typeof TeamUpdate>;

export const TeamListQuery = PageQuery.extend({
  regionCode: RegionCode.optional(),
  kind: TeamKind.optional(),
  speciality: Speciality.optional(),
  status: TeamStatus.optional(),
  level: ForceLevel.optional(),
  q: z.string().max(50).optional(),
}).strict();

export const TeamStatusChange = z.object({ status: TeamStatus, note: z.string().trim().max(500).optional() }).strict();
export const TeamStatusEntry = z.object({ status: TeamStatus, note: z.string().nullable(), at: z.string(), actorName: z.string().nullable() });
export type TeamStatusEntry = z.infer<typeof TeamStatusEntry>;


export const TeamDetail = Team.extend({ members: z.array(TeamMember), history: z.array(TeamStatusEntry) });
export type TeamDetail = z.infer<typeof TeamDetail>;

/** A minimum strength rule (Ordos measures): teams of `kind` at `level` need at least `minimum` active members. */
/** Narrows the strength check to a region's subtree (inside the caller's scope). */
export const StrengthQuery = z.object({ regionCode: RegionCode.optional() }).strict();
export const StrengthRule = z.object({ kind: TeamKind, level: ForceLevel, minimum: z.number().int(), source: z.string() });
export const StrengthReport = z.object({
  rules: z.array(StrengthRule),
  /** Teams below their minimum. */
  understrength: z.array(z.object({ teamId: Id, name: z.string(), kind: TeamKind, level: ForceLevel, regionCode: RegionCode, minimum: z.number().int(), actual: z.number().int(), shortfall: z.number().int() })),
  /** Regions at a rule's level inside the scope without any active team the rule covers. */
  missing: z.array(z.object({ regionCode: RegionCode, regionName: z.string(), level: ForceLevel, kind: TeamKind, minimum: z.number().int() })),
  checkedTeams: z.number().int(),
});
export type StrengthReport = z.infer<typeof StrengthReport>;

// ---------------------------------------------------------------- experts (专家库)

export const Expert = z.object({
  id: Id,
  name: z.string(),
  fields: z.array(z.string()).describe('fields of expertise, e.g. 危险化学品, 地质灾害'),
  title: z.string().describe('专业技术职称'),
  organisation: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  regionCode: RegionCode,
  available: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Expert = z.infer<typeof Expert>;
export const ExpertCreate = z
  .object({
    name: Text(50),
    fields: Tags(Text(30)).min(1),
    title: Text(50),
    organisation: Text(100),
    phone: Phone,
    email: z.string().trim().email().max(100).nullable().optional(),
    regionCode: RegionCode,
    available: z.boolean().default(true),
  })
  .strict();
export type ExpertCreate = z.input<typeof ExpertCreate>;
export const ExpertUpdate = updateOf(ExpertCreate);
export const ExpertListQuery = PageQuery.extend({ regionCode: RegionCode.optional(), field: z.string().max(30).optional(), available: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), q: z.string().max(50).optional() }).strict();

// ---------------------------------------------------------------- shelters and facilities (D5)

/** 应急避难场所 / 临时机降点 / 取水点 / 消防站 / 救援基地 */
export const FacilityKind = z.enum(['shelter', 'helipad', 'water_source', 'fire_station', 'rescue_base']);
export type FacilityKind = z.infer<typeof FacilityKind>;
/** 紧急 / 固定 / 中心 避难场所 */
export const ShelterClass = z.enum(['emergency', 'fixed', 'central']);
/** 供电 / 供水 / 排水 / 广播 / 医疗 / 厕所 / 消防 / 供暖 / 物资储备 */
export const Amenity = z.enum(['power', 'water', 'drainage', 'broadcast', 'medical', 'toilet', 'fire', 'heating', 'supplies']);

export const Facility = z.object({
  id: Id,
  kind: FacilityKind,
  name: z.string(),
  level: ForceLevel,
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  address: z.string(),
  manager: z.string(),
  phone: z.string(),
  shelterClass: ShelterClass.nullable(),
  capacity: z.number().int().nullable().describe('persons (shelter) — null for other kinds'),
  occupancy: z.number().int().describe('persons currently sheltered'),
  areaM2: z.number().nullable(),
  amenities: z.array(Amenity),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Facility = z.infer<typeof Facility>;
const FacilityFields = z.object({
  kind: FacilityKind,
  name: Text(100),
  level: ForceLevel,
  regionCode: RegionCode,
  lon: Lon,
  lat: Lat,
  address: Text(200),
  manager: Text(50),
  phone: Phone,
  shelterClass: ShelterClass.nullable().optional(),
  capacity: z.number().int().min(0).max(10_000_000).nullable().optional(),
  occupancy: z.number().int().min(0).max(10_000_000).optional(),
  areaM2: z.number().positive().max(1e9).nullable().optional(),
  amenities: Tags(Amenity).default([]),
  notes: z.string().trim().max(1000).default(''),
});
export const FacilityCreate = FacilityFields.strict();
export type FacilityCreate = z.input<typeof FacilityCreate>;
export const FacilityUpdate = updateOf(FacilityFields);
export const FacilityListQuery = PageQuery.extend({ regionCode: RegionCode.optional(), kind: FacilityKind.optional(), level: ForceLevel.optional(), q: z.string().max(50).optional() }).strict();
export const OccupancyChange = z.object({ occupancy: z.number().int().min(0).max(10_000_000) }).strict();

// ---------------------------------------------------------------- nearest and the map

/** What `nearest` and the map layers can look for. */
export const LocatableKind = z.enum(['team', 'warehouse', 'shelter', 'helipad', 'water_source', 'fire_station', 'rescue_base']);
export type LocatableKind = z.infer<typeof LocatableKind>;

export const NearestQuery = z
  .object({
    lon: z.coerce.number().min(-180).max(180),
    lat: z.coerce.number().min(-90).max(90),
    kind: LocatableKind,
    n: z.coerce.number().int().min(1).max(100).default(10),
    maxKm: z.coerce.number().positive().max(5000).optional(),
    speedKmh: z.coerce.number().positive().max(1000).optional().describe('average speed for the ETA; default 60'),
    speciality: Speciality.optional().describe('teams: this speciality'),
    teamKind: TeamKind.optional(),
    status: TeamStatus.optional().describe('teams: default standby (available)'),
    itemId: Id.optional().describe('warehouses: holding this supply item'),
    supplyCode: z.string().regex(/^[123][0-9]{0,6}$/).optional().describe('warehouses: holding items whose GB/T 38565 code starts with this'),
    minQuantity: z.coerce.number().positive().optional().describe('warehouses: at least this much usable stock of the item'),
    minFreeCapacity: z.coerce.number().int().positive().optional().describe('shelters: at least this many free places'),
  })
  .strict();
export type NearestQuery = z.input<typeof NearestQuery>;

export const NearestHit = z.object({
  kind: LocatableKind,
  id: Id,
  name: z.string(),
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  distanceMetres: z.number(),
  etaMinutes: z.number().describe('straight-line estimate: distance × 1.3 ÷ speed; not a route'),
  status: TeamStatus.optional(),
  specialities: z.array(Speciality).optional(),
  memberCount: z.number().int().optional(),
  availableQuantity: z.number().optional().describe('warehouses: usable stock of the requested item or code'),
  freeCapacity: z.number().int().optional(),
});
export type NearestHit = z.infer<typeof NearestHit>;
export const NearestResult = z.object({ items: z.array(NearestHit) });
export type NearestResult = z.infer<typeof NearestResult>;

export const FeaturesQuery = z
  .object({
    bbox: z
      .string()
      .transform((s) => s.split(',').map(Number))
      .pipe(z.tuple([Lon, Lat, Lon, Lat]))
      .describe('minLon,minLat,maxLon,maxLat (WGS-84)'),
    kinds: CsvList(LocatableKind),
    zoom: z.coerce.number().min(0).max(24).default(10),
    speciality: Speciality.optional(),
    teamKind: TeamKind.optional(),
    status: TeamStatus.optional(),
    limit: z.coerce.number().int().min(1).max(20_000).default(5000),
  })
  .strict();

/** A resource point or, when the box holds more than the limit, a grid cluster. */
export const MapFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    kind: LocatableKind,
    id: z.string(),
    name: z.string(),
    cluster: z.boolean(),
    count: z.number().int(),
    status: TeamStatus.optional(),
    specialities: z.string().optional().describe('comma-separated'),
  }),
});
export const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(MapFeature),
  total: z.number().int().describe('points matching inside the box'),
  clustered: z.boolean(),
});
export type FeatureCollection = z.infer<typeof FeatureCollection>;

// ---------------------------------------------------------------- import and export (H1)

export const ResourceCollection = z.enum(['teams', 'members', 'experts', 'facilities', 'warehouses']);
export type ResourceCollection = z.infer<typeof ResourceCollection>;
export const ExportFormat = z.enum(['csv', 'xlsx', 'geojson']);
export const ExportQuery = z.object({ format: ExportFormat.default('xlsx') }).catchall(z.string());
export const ImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true') }).strict();
export const ImportRowError = z.object({ row: z.number().int(), column: z.string().nullable(), reason: z.string() });
export const ImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(ImportRowError),
  /** The first rows as they will be written (dry run), for the user to check before confirming. */
  preview: z.array(z.record(z.string(), z.unknown())),
  columns: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;
