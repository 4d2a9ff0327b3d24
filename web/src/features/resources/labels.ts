import {
  AMENITY_LABELS,
  Amenity,
  FACILITY_KIND_LABELS,
  FacilityKind,
  FORCE_LEVEL_LABELS,
  ForceLevel,
  LocatableKind,
  MEMBER_ROLE_LABELS,
  MemberRole,
  SHELTER_CLASS_LABELS,
  ShelterClass,
  SPECIALITY_LABELS,
  Speciality,
  TEAM_KIND_LABELS,
  TEAM_STATUS_LABELS,
  TeamKind,
  TeamStatus,
  WAREHOUSE_LEVEL_LABELS,
  WarehouseLevel,
  type Label,
  type RegionLevel,
} from '@shouwang/contracts';
import type { MessageKey } from '../../lib/i18n';

// Option lists and display names come from the shared contract: the spreadsheets the server reads
// and writes use the same names, so what a user sees here is what he types in an import file.
export const TEAM_KINDS = TeamKind.options;
export const SPECIALITIES = Speciality.options;
export const FORCE_LEVELS = ForceLevel.options;
export const TEAM_STATUSES = TeamStatus.options;
export const MEMBER_ROLES = MemberRole.options;
export const FACILITY_KINDS = FacilityKind.options;
export const SHELTER_CLASSES = ShelterClass.options;
export const AMENITIES = Amenity.options;
export const WAREHOUSE_LEVELS = WarehouseLevel.options;
export const LOCATABLE_KINDS = LocatableKind.options;

export type MemberRoleValue = (typeof MEMBER_ROLES)[number];
export type ShelterClassValue = (typeof SHELTER_CLASSES)[number];
export type AmenityValue = (typeof AMENITIES)[number];
export type WarehouseLevelValue = (typeof WAREHOUSE_LEVELS)[number];

export const teamKindLabel = (v: TeamKind): Label => TEAM_KIND_LABELS[v];
export const specialityLabel = (v: Speciality): Label => SPECIALITY_LABELS[v];
export const forceLevelLabel = (v: ForceLevel): Label => FORCE_LEVEL_LABELS[v];
export const teamStatusLabel = (v: TeamStatus): Label => TEAM_STATUS_LABELS[v];
export const memberRoleLabel = (v: MemberRoleValue): Label => MEMBER_ROLE_LABELS[v];
export const facilityKindLabel = (v: FacilityKind): Label => FACILITY_KIND_LABELS[v];
export const shelterClassLabel = (v: ShelterClassValue): Label => SHELTER_CLASS_LABELS[v];
export const amenityLabel = (v: AmenityValue): Label => AMENITY_LABELS[v];
export const warehouseLevelLabel = (v: WarehouseLevelValue): Label => WAREHOUSE_LEVEL_LABELS[v];
/** Map layer kinds: a team, a warehouse or one of the facility kinds. */
export const locatableKindKey = (v: LocatableKind): MessageKey => `resources.kind.${v}`;

/** antd Tag colours; deployed teams stand out, disbanded ones fade. */
export const TEAM_STATUS_COLOR: Record<TeamStatus, string> = {
  standby: 'green',
  deployed: 'red',
  resting: 'gold',
  disbanded: 'default',
};

export const TEAM_KIND_COLOR: Record<TeamKind, string> = {
  comprehensive: 'volcano',
  professional: 'blue',
  grassroots: 'cyan',
  social: 'purple',
  enterprise: 'geekblue',
};

/** 1 province … 5 village, read from a 12-digit code (the unused tail is zeros). */
export function regionLevelOfCode(code: string): RegionLevel {
  if (/^\d{2}0{10}$/.test(code)) return 1;
  if (/^\d{4}0{8}$/.test(code)) return 2;
  if (/^\d{6}0{6}$/.test(code)) return 3;
  if (/^\d{9}0{3}$/.test(code)) return 4;
  return 5;
}

/** A new record's level defaults to that of its region: 乌海市 → 盟市级, 海勃湾区 → 旗县级. */
export const FORCE_LEVEL_OF_REGION: Record<RegionLevel, ForceLevel> = { 1: 'region', 2: 'prefecture', 3: 'county', 4: 'township', 5: 'village' };
/** Warehouses stop at townships (苏木乡镇级). */
export const WAREHOUSE_LEVEL_OF_REGION: Record<RegionLevel, WarehouseLevelValue> = { 1: 'region', 2: 'prefecture', 3: 'county', 4: 'township', 5: 'township' };
