import {
  AMENITY_LABELS,
  ExpertCreate,
  FACILITY_KIND_LABELS,
  FacilityCreate,
  FORCE_LEVEL_LABELS,
  MEMBER_ROLE_LABELS,
  SHELTER_CLASS_LABELS,
  SPECIALITY_LABELS,
  TEAM_KIND_LABELS,
  TEAM_STATUS_LABELS,
  TeamCreate,
  TeamMemberCreate,
  WAREHOUSE_LEVEL_LABELS,
  WarehouseCreate,
  type Expert,
  type Facility,
  type Label,
  type ResourceCollection,
  type Team,
  type TeamMember,
  type Warehouse,
} from '@shouwang/contracts';
import { z } from 'zod';

/** How a cell is read on import and written on export. */
export type CellType = 'text' | 'number' | 'int' | 'bool' | 'list' | { labels: Record<string, Label>; list?: boolean };

export type Column<T> = {
  /** The field of the create body it fills; export-only columns have none. */
  key?: string;
  header: string;
  type: CellType;
  get: (row: T) => string | number | boolean | string[] | null;
};

export type CollectionSpec<T> = {
  sheet: string;
  columns: Column<T>[];
  /** The create body an imported row must satisfy. */
  schema: z.ZodTypeAny;
  hasPoints: boolean;
};

const regionColumn = <T extends { regionCode: string }>(header = '区划代码'): Column<T> => ({ key: 'regionCode', header, type: 'text', get: (r) => r.regionCode });
const lonLat = <T extends { lon: number; lat: number }>(): Column<T>[] => [
  { key: 'lon', header: '经度', type: 'number', get: (r) => r.lon },
  { key: 'lat', header: '纬度', type: 'number', get: (r) => r.lat },
];

export type MemberRow = TeamMember & { teamName: string; teamRegionCode: string };

/** Column layouts per collection: the same headers are written on export and accepted on import. */
export const COLLECTIONS: { [K in ResourceCollection]: CollectionSpec<K extends 'teams' ? Team : K extends 'members' ? MemberRow : K extends 'experts' ? Expert : K extends 'facilities' ? Facility : Warehouse> } = {
  teams: {
    sheet: '救援队伍',
    hasPoints: true,
    schema: TeamCreate.omit({ members: true, equipment: true }),
    columns: [
      { key: 'name', header: '队伍名称', type: 'text', get: (r) => r.name },
      { key: 'kind', header: '队伍类型', type: { labels: TEAM_KIND_LABELS }, get: (r) => r.kind },
      { key: 'specialities', header: '专业领域', type: { labels: SPECIALITY_LABELS, list: true }, get: (r) => r.specialities },
      { key: 'level', header: '层级', type: { labels: FORCE_LEVEL_LABELS }, get: (r) => r.level },
      regionColumn(),
      ...lonLat<Team>(),
      { key: 'baseAddress', header: '驻地地址', type: 'text', get: (r) => r.baseAddress },
      { key: 'leader', header: '负责人', type: 'text', get: (r) => r.leader },
      { key: 'phone', header: '联系电话', type: 'text', get: (r) => r.phone },
      { header: '状态', type: { labels: TEAM_STATUS_LABELS }, get: (r) => r.status },
      { header: '在册人数', type: 'int', get: (r) => r.memberCount },
      { header: '装备', type: 'text', get: (r) => r.equipment.map((e) => `${e.name}×${e.quantity}${e.unit}`).join('、') },
    ],
  },
  members: {
    sheet: '队员',
    hasPoints: false,
    schema: TeamMemberCreate.omit({ certificates: true }).extend({ teamName: z.string().trim().min(1).max(100), teamRegionCode: z.string().regex(/^\d{12}$/, 'region code must be 12 digits') }),
    columns: [
      { key: 'teamRegionCode', header: '队伍区划代码', type: 'text', get: (r) => r.teamRegionCode },
      { key: 'teamName', header: '所属队伍', type: 'text', get: (r) => r.teamName },
      { key: 'name', header: '姓名', type: 'text', get: (r) => r.name },
      { key: 'role', header: '职务', type: { labels: MEMBER_ROLE_LABELS }, get: (r) => r.role },
      { key: 'phone', header: '联系电话', type: 'text', get: (r) => r.phone },
      { key: 'skills', header: '技能', type: 'list', get: (r) => r.skills },
      { key: 'active', header: '在岗', type: 'bool', get: (r) => r.active },
      { header: '证书', type: 'text', get: (r) => r.certificates.map((c) => [c.name, c.number, c.expiresOn && `有效期至${c.expiresOn}`].filter(Boolean).join(' ')).join('；') },
    ],
  },
  experts: {
    sheet: '专家',
    hasPoints: false,
    schema: ExpertCreate,
    columns: [
      { key: 'name', header: '姓名', type: 'text', get: (r) => r.name },
      { key: 'fields', header: '专业领域', type: 'list', get: (r) => r.fields },
      { key: 'title', header: '职称', type: 'text', get: (r) => r.title },
      { key: 'organisation', header: '工作单位', type: 'text', get: (r) => r.organisation },
      { key: 'phone', header: '联系电话', type: 'text', get: (r) => r.phone },
      { key: 'email', header: '电子邮箱', type: 'text', get: (r) => r.email },
      regionColumn(),
      { key: 'available', header: '可调用', type: 'bool', get: (r) => r.available },
    ],
  },
  facilities: {
    sheet: '避难场所与设施',
    hasPoints: true,
    schema: FacilityCreate,
    columns: [
      { key: 'kind', header: '设施类型', type: { labels: FACILITY_KIND_LABELS }, get: (r) => r.kind },
      { key: 'name', header: '名称', type: 'text', get: (r) => r.name },
      { key: 'level', header: '层级', type: { labels: FORCE_LEVEL_LABELS }, get: (r) => r.level },
      regionColumn(),
      ...lonLat<Facility>(),
      { key: 'address', header: '地址', type: 'text', get: (r) => r.address },
      { key: 'manager', header: '管理人', type: 'text', get: (r) => r.manager },
      { key: 'phone', header: '联系电话', type: 'text', get: (r) => r.phone },
      { key: 'shelterClass', header: '避难场所类别', type: { labels: SHELTER_CLASS_LABELS }, get: (r) => r.shelterClass },
      { key: 'capacity', header: '可容纳人数', type: 'int', get: (r) => r.capacity },
      { key: 'occupancy', header: '已安置人数', type: 'int', get: (r) => r.occupancy },
      { key: 'areaM2', header: '面积（平方米）', type: 'number', get: (r) => r.areaM2 },
      { key: 'amenities', header: '配套设施', type: { labels: AMENITY_LABELS, list: true }, get: (r) => r.amenities },
      { key: 'notes', header: '备注', type: 'text', get: (r) => r.notes },
    ],
  },
  warehouses: {
    sheet: '物资仓库',
    hasPoints: true,
    schema: WarehouseCreate,
    columns: [
      { key: 'name', header: '仓库名称', type: 'text', get: (r) => r.name },
      { key: 'level', header: '层级', type: { labels: WAREHOUSE_LEVEL_LABELS }, get: (r) => r.level },
      regionColumn(),
      ...lonLat<Warehouse>(),
      { key: 'address', header: '地址', type: 'text', get: (r) => r.address },
      { key: 'manager', header: '管理人', type: 'text', get: (r) => r.manager },
      { key: 'phone', header: '联系电话', type: 'text', get: (r) => r.phone },
      { key: 'capacityM3', header: '库容（立方米）', type: 'number', get: (r) => r.capacityM3 },
    ],
  },
};
