import {
  CapCategory,
  CapCertainty,
  CapUrgency,
  WARNING_LEVELS,
  WarningSource,
  WarningStatus,
  type WarningColour,
  type WarningLevel,
} from '@shouwang/contracts';
import type { MessageKey } from '../../lib/i18n';

// Option lists come from the shared contract, so the screens offer exactly what the API accepts.
export const WARNING_STATUSES = WarningStatus.options;
export const WARNING_SOURCES = WarningSource.options;
export const CAP_CATEGORIES = CapCategory.options;
export const CAP_URGENCIES = CapUrgency.options;
export const CAP_CERTAINTIES = CapCertainty.options;
/** 一级 (red, highest) first. */
export const LEVELS: readonly WarningLevel[] = [1, 2, 3, 4];

/**
 * The colours of the four levels (the contract names them: red, orange, yellow, blue). `fill` is the
 * signal colour for map areas and badges; `text` the colour of text on it (dark on yellow); `ink` the
 * colour of the level's name written on white, legible also for yellow.
 */
export const LEVEL_COLOURS: Record<WarningColour, { fill: string; text: string; ink: string }> = {
  red: { fill: '#e60012', text: '#ffffff', ink: '#c8000f' },
  orange: { fill: '#ff7d00', text: '#ffffff', ink: '#c25400' },
  yellow: { fill: '#ffd000', text: '#3d3000', ink: '#8a6d00' },
  blue: { fill: '#0a6fd6', text: '#ffffff', ink: '#0a5bb0' },
};
/** Imports whose severity maps to no level. */
export const NO_LEVEL_COLOUR = { fill: '#8c8c8c', text: '#ffffff', ink: '#595959' };

export const levelColour = (level: WarningLevel | null) => (level ? LEVEL_COLOURS[WARNING_LEVELS[level].colour] : NO_LEVEL_COLOUR);

/** antd Tag presets for the statuses: what still needs someone stands out. */
export const STATUS_TAG: Record<WarningStatus, string> = {
  draft: 'default',
  pending_review: 'gold',
  published: 'red',
  rejected: 'magenta',
  cancelled: 'default',
  superseded: 'default',
};

export const statusKey = (s: WarningStatus): MessageKey => `warnings.status.${s}`;
export const sourceKey = (s: WarningSource): MessageKey => `warnings.source.${s}`;
export const levelKey = (level: WarningLevel): MessageKey => `warnings.level.${level}`;
export const categoryKey = (c: CapCategory): MessageKey => `warnings.cap.category.${c}`;
export const urgencyKey = (u: CapUrgency): MessageKey => `warnings.cap.urgency.${u}`;
export const certaintyKey = (c: CapCertainty): MessageKey => `warnings.cap.certainty.${c}`;

/**
 * Common warning types (预警类型), offered in the form with free entry. The meteorological signals
 * carry the feed type codes of 中国气象局令第16号 (01–14, 91–96; REFERENCE.md §3.2); the other
 * issuers (自然资源, 水利, 林草, 应急) have no shared code list, so theirs are short mnemonics.
 * `category` is the CAP category the form proposes for the type.
 */
export interface CommonWarningType {
  code: string;
  zh: string;
  en: string;
  category: CapCategory;
}

export const COMMON_WARNING_TYPES: readonly CommonWarningType[] = [
  { code: '01', zh: '台风', en: 'Typhoon', category: 'Met' },
  { code: '02', zh: '暴雨', en: 'Rainstorm', category: 'Met' },
  { code: '03', zh: '暴雪', en: 'Snowstorm', category: 'Met' },
  { code: '04', zh: '寒潮', en: 'Cold wave', category: 'Met' },
  { code: '05', zh: '大风', en: 'Gale', category: 'Met' },
  { code: '06', zh: '沙尘暴', en: 'Sandstorm', category: 'Met' },
  { code: '07', zh: '高温', en: 'Heat', category: 'Met' },
  { code: '08', zh: '干旱', en: 'Drought', category: 'Met' },
  { code: '09', zh: '雷电', en: 'Lightning', category: 'Met' },
  { code: '10', zh: '冰雹', en: 'Hail', category: 'Met' },
  { code: '11', zh: '霜冻', en: 'Frost', category: 'Met' },
  { code: '12', zh: '大雾', en: 'Dense fog', category: 'Met' },
  { code: '13', zh: '霾', en: 'Haze', category: 'Met' },
  { code: '14', zh: '道路结冰', en: 'Road icing', category: 'Met' },
  { code: '94', zh: '森林火险', en: 'Forest fire danger', category: 'Fire' },
  { code: 'GRASS-FIRE', zh: '草原火险', en: 'Grassland fire danger', category: 'Fire' },
  { code: 'GEO-HAZARD', zh: '地质灾害', en: 'Geological hazard', category: 'Geo' },
  { code: 'FLASH-FLOOD', zh: '山洪', en: 'Flash flood', category: 'Geo' },
  { code: 'FLOOD', zh: '洪水', en: 'Flood', category: 'Met' },
  { code: 'EARTHQUAKE', zh: '地震', en: 'Earthquake', category: 'Geo' },
  { code: 'HAZCHEM', zh: '危险化学品', en: 'Hazardous chemicals', category: 'CBRNE' },
  { code: 'MINE', zh: '矿山安全', en: 'Mine safety', category: 'Safety' },
];

export const commonTypeByName = (name: string): CommonWarningType | undefined => COMMON_WARNING_TYPES.find((t) => t.zh === name.trim() || t.en === name.trim());
