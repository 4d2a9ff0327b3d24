import type { LocatableKind } from '@shouwang/contracts';
import type { LocalizedText } from '../../../components/map/layer-registry';

export interface ResourceKindStyle {
  kind: LocatableKind;
  /** Stable: the key for persisted visibility. */
  layerId: string;
  title: LocalizedText;
  description: LocalizedText;
  color: string;
  /** One character drawn in the marker, the way Chinese emergency maps label point symbols. */
  glyph: string;
  defaultVisible: boolean;
}

/** One map layer per kind, bottom to top within the resources band; distinct colour and glyph each. */
export const RESOURCE_KINDS: ResourceKindStyle[] = [
  {
    kind: 'water_source',
    layerId: 'resources.water-sources',
    title: { zh: '取水点', en: 'Water sources' },
    description: { zh: '消防及抗旱取水点', en: 'Fire-fighting and drought-relief water points' },
    color: '#0284c7',
    glyph: '水',
    defaultVisible: false,
  },
  {
    kind: 'helipad',
    layerId: 'resources.helipads',
    title: { zh: '临时机降点', en: 'Helipads' },
    description: { zh: '直升机临时起降点', en: 'Temporary helicopter landing sites' },
    color: '#7c3aed',
    glyph: '降',
    defaultVisible: false,
  },
  {
    kind: 'fire_station',
    layerId: 'resources.fire-stations',
    title: { zh: '消防站', en: 'Fire stations' },
    description: { zh: '消防救援站', en: 'Fire and rescue stations' },
    color: '#ea580c',
    glyph: '消',
    defaultVisible: false,
  },
  {
    kind: 'rescue_base',
    layerId: 'resources.rescue-bases',
    title: { zh: '救援基地', en: 'Rescue bases' },
    description: { zh: '应急救援基地与训练基地', en: 'Emergency rescue and training bases' },
    color: '#0f766e',
    glyph: '基',
    defaultVisible: false,
  },
  {
    kind: 'shelter',
    layerId: 'resources.shelters',
    title: { zh: '应急避难场所', en: 'Emergency shelters' },
    description: { zh: '紧急、固定和中心避难场所', en: 'Emergency, fixed and central shelters' },
    color: '#16a34a',
    glyph: '避',
    defaultVisible: true,
  },
  {
    kind: 'warehouse',
    layerId: 'resources.warehouses',
    title: { zh: '物资仓库', en: 'Supply warehouses' },
    description: { zh: '各级应急物资储备库', en: 'Emergency supply depots at every level' },
    color: '#b45309',
    glyph: '库',
    defaultVisible: true,
  },
  {
    kind: 'team',
    layerId: 'resources.teams',
    title: { zh: '救援队伍', en: 'Rescue teams' },
    description: { zh: '可按专业、类型和状态筛选', en: 'Filter by speciality, kind and status' },
    color: '#c8102e',
    glyph: '队',
    defaultVisible: true,
  },
];

export const TEAM_LAYER_ID = 'resources.teams';

export const kindStyle = (kind: LocatableKind): ResourceKindStyle => {
  const style = RESOURCE_KINDS.find((k) => k.kind === kind);
  if (!style) throw new Error(`no map style for resource kind "${kind}"`);
  return style;
};

/** Marker dot colours of a team's readiness (待命 / 出动 / 休整 / 撤编). */
export const TEAM_STATUS_DOT = {
  standby: '#22c55e',
  deployed: '#ef4444',
  resting: '#f59e0b',
  disbanded: '#9ca3af',
} as const;
