import {
  AMENITY_LABELS,
  FACILITY_KIND_LABELS,
  FORCE_LEVEL_LABELS,
  MEMBER_ROLE_LABELS,
  SHELTER_CLASS_LABELS,
  SPECIALITY_LABELS,
  TEAM_KIND_LABELS,
  WAREHOUSE_LEVEL_LABELS,
  type Label,
  type ResourceCollection,
} from '@shouwang/contracts';

type Format = 'text' | 'number' | 'bool' | 'list' | { labels: Record<string, Label>; list?: boolean };

export interface PreviewColumn {
  /** A field of the collection's create body (the dry run's preview rows are keyed by them). */
  key: string;
  title: Label;
  format: Format;
}

const col = (key: string, zh: string, en: string, format: Format = 'text'): PreviewColumn => ({ key, title: { zh, en }, format });
const region = col('regionCode', '区划代码', 'Region code');
const lonLat = [col('lon', '经度', 'Longitude', 'number'), col('lat', '纬度', 'Latitude', 'number')];

/** How the preview of each collection reads; titles match the spreadsheet headers. */
export const PREVIEW_COLUMNS: Record<ResourceCollection, PreviewColumn[]> = {
  teams: [
    col('name', '队伍名称', 'Team'),
    col('kind', '队伍类型', 'Kind', { labels: TEAM_KIND_LABELS }),
    col('specialities', '专业领域', 'Specialities', { labels: SPECIALITY_LABELS, list: true }),
    col('level', '层级', 'Level', { labels: FORCE_LEVEL_LABELS }),
    region,
    ...lonLat,
    col('baseAddress', '驻地地址', 'Home base'),
    col('leader', '负责人', 'Leader'),
    col('phone', '联系电话', 'Phone'),
  ],
  members: [
    col('teamRegionCode', '队伍区划代码', 'Team region code'),
    col('teamName', '所属队伍', 'Team'),
    col('name', '姓名', 'Name'),
    col('role', '职务', 'Role', { labels: MEMBER_ROLE_LABELS }),
    col('phone', '联系电话', 'Phone'),
    col('skills', '技能', 'Skills', 'list'),
    col('active', '在岗', 'Active', 'bool'),
  ],
  experts: [
    col('name', '姓名', 'Name'),
    col('fields', '专业领域', 'Fields', 'list'),
    col('title', '职称', 'Title'),
    col('organisation', '工作单位', 'Organisation'),
    col('phone', '联系电话', 'Phone'),
    col('email', '电子邮箱', 'Email'),
    region,
    col('available', '可调用', 'Available', 'bool'),
  ],
  facilities: [
    col('kind', '设施类型', 'Kind', { labels: FACILITY_KIND_LABELS }),
    col('name', '名称', 'Name'),
    col('level', '层级', 'Level', { labels: FORCE_LEVEL_LABELS }),
    region,
    ...lonLat,
    col('address', '地址', 'Address'),
    col('manager', '管理人', 'Manager'),
    col('phone', '联系电话', 'Phone'),
    col('shelterClass', '避难场所类别', 'Shelter class', { labels: SHELTER_CLASS_LABELS }),
    col('capacity', '可容纳人数', 'Capacity', 'number'),
    col('occupancy', '已安置人数', 'Sheltered', 'number'),
    col('areaM2', '面积（平方米）', 'Area (m²)', 'number'),
    col('amenities', '配套设施', 'Amenities', { labels: AMENITY_LABELS, list: true }),
    col('notes', '备注', 'Notes'),
  ],
  warehouses: [
    col('name', '仓库名称', 'Warehouse'),
    col('level', '层级', 'Level', { labels: WAREHOUSE_LEVEL_LABELS }),
    region,
    ...lonLat,
    col('address', '地址', 'Address'),
    col('manager', '管理人', 'Manager'),
    col('phone', '联系电话', 'Phone'),
    col('capacityM3', '库容（立方米）', 'Capacity (m³)', 'number'),
  ],
};

/** A preview cell as the user wrote it: names instead of codes, lists joined with 、. */
export function formatPreviewValue(value: unknown, format: Format, pick: (label: Label) => string, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return '';
  if (format === 'bool') return value ? yesNo[0] : yesNo[1];
  const one = (v: unknown): string => {
    if (typeof format === 'object') {
      const label = format.labels[String(v)];
      return label ? pick(label) : String(v);
    }
    if (typeof v === 'string') return v;
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  };
  return Array.isArray(value) ? value.map(one).join('、') : one(value);
}
