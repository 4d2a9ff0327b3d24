import type { Amenity, FacilityKind, ForceLevel, Speciality, TeamKind, TeamStatus } from './resource-registry.js';
import type { WarehouseLevel } from './resources.js';
import type { z } from 'zod';

export type Label = { zh: string; en: string };

/** Display names of the resource enums, shared by the web app and the spreadsheet import/export. */
export const TEAM_KIND_LABELS: Record<TeamKind, Label> = {
  comprehensive: { zh: '综合性', en: 'Comprehensive' },
  professional: { zh: '专业', en: 'Professional' },
  grassroots: { zh: '基层应急突击队', en: 'Grassroots response squad' },
  social: { zh: '社会', en: 'Volunteer / social' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};
export const SPECIALITY_LABELS: Record<Speciality, Label> = {
  forest_grassland_fire: { zh: '森林草原灭火', en: 'Forest & grassland fire' },
  flood_drought: { zh: '防汛抗旱', en: 'Flood & drought' },
  earthquake_geological: { zh: '地震地质', en: 'Earthquake & geological' },
  hazardous_chemicals: { zh: '危化', en: 'Hazardous chemicals' },
  coal_mine: { zh: '煤矿', en: 'Coal mine' },
  non_coal_mine: { zh: '非煤矿山', en: 'Non-coal mine' },
  urban_safety: { zh: '城市安全', en: 'Urban safety' },
  medical: { zh: '医学救援', en: 'Medical rescue' },
  general_rescue: { zh: '综合救援', en: 'General rescue' },
  water_rescue: { zh: '水域救援', en: 'Water rescue' },
};
export const FORCE_LEVEL_LABELS: Record<ForceLevel, Label> = {
  region: { zh: '自治区级', en: 'Region' },
  prefecture: { zh: '盟市级', en: 'League / city' },
  county: { zh: '旗县级', en: 'Banner / county' },
  township: { zh: '苏木乡镇级', en: 'Township' },
  village: { zh: '嘎查村级', en: 'Village' },
};
export const WAREHOUSE_LEVEL_LABELS: Record<WarehouseLevel, Label> = {
  region: FORCE_LEVEL_LABELS.region,
  prefecture: FORCE_LEVEL_LABELS.prefecture,
  county: FORCE_LEVEL_LABELS.county,
  township: FORCE_LEVEL_LABELS.township,
};
export const TEAM_STATUS_LABELS: Record<TeamStatus, Label> = {
  standby: { zh: '待命', en: 'Standby' },
  deployed: { zh: '出动', en: 'Deployed' },
  resting: { zh: '休整', en: 'Resting' },
  disbanded: { zh: '撤编', en: 'Disbanded' },
};
export const MEMBER_ROLE_LABELS = {
  leader: { zh: '队长', en: 'Leader' },
  deputy: { zh: '副队长', en: 'Deputy' },
  member: { zh: '队员', en: 'Member' },
} as const satisfies Record<string, Label>;
export const FACILITY_KIND_LABELS: Record<FacilityKind, Label> = {
  shelter: { zh: '应急避难场所', en: 'Shelter' },
  helipad: { zh: '临时机降点', en: 'Helipad' },
  water_source: { zh: '取水点', en: 'Water source' },
  fire_station: { zh: '消防站', en: 'Fire station' },
  rescue_base: { zh: '救援基地', en: 'Rescue base' },
};
export const SHELTER_CLASS_LABELS = {
  emergency: { zh: '紧急避难场所', en: 'Emergency' },
  fixed: { zh: '固定避难场所', en: 'Fixed' },
  central: { zh: '中心避难场所', en: 'Central' },
} as const satisfies Record<string, Label>;
export const AMENITY_LABELS: Record<z.infer<typeof Amenity>, Label> = {
  power: { zh: '供电', en: 'Power' },
  water: { zh: '供水', en: 'Water' },
  drainage: { zh: '排水', en: 'Drainage' },
  broadcast: { zh: '广播', en: 'Broadcast' },
  medical: { zh: '医疗', en: 'Medical' },
  toilet: { zh: '厕所', en: 'Toilets' },
  fire: { zh: '消防', en: 'Fire safety' },
  heating: { zh: '供暖', en: 'Heating' },
  supplies: { zh: '物资储备', en: 'Supplies' },
};
