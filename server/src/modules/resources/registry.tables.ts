import type { ColumnType } from 'kysely';
import type { DefaultTimestamp, Timestamp } from '../../foundation/db/tables.js';

/** jsonb: a JSON value read back as an object; written as a JSON string so both engines accept it. */
type Json<T> = ColumnType<T, string, string>;

export type RegistryTables = {
  resources_teams: {
    id: string;
    name: string;
    kind: string;
    specialities: string[];
    level: string;
    region_code: string;
    lon: number;
    lat: number;
    base_address: string;
    leader: string;
    phone: string;
    equipment: Json<{ name: string; quantity: number; unit: string }[]>;
    status: string;
    status_since: Timestamp;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  resources_team_members: {
    id: string;
    team_id: string;
    region_code: string;
    name: string;
    role: string;
    phone: string;
    skills: string[];
    certificates: Json<{ name: string; number?: string; expiresOn?: string }[]>;
    active: boolean;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  resources_team_status_history: {
    id: string;
    team_id: string;
    region_code: string;
    status: string;
    note: string | null;
    actor_id: string | null;
    actor_name: string | null;
    at: Timestamp;
  };
  resources_experts: {
    id: string;
    name: string;
    fields: string[];
    title: string;
    organisation: string;
    phone: string;
    email: string | null;
    region_code: string;
    available: boolean;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  resources_facilities: {
    id: string;
    kind: string;
    name: string;
    level: string;
    region_code: string;
    lon: number;
    lat: number;
    address: string;
    manager: string;
    phone: string;
    shelter_class: string | null;
    capacity: number | null;
    occupancy: number;
    area_m2: number | null;
    amenities: string[];
    notes: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
};

export const REGISTRY_SCOPED_TABLES = [
  'resources_teams',
  'resources_team_members',
  'resources_team_status_history',
  'resources_experts',
  'resources_facilities',
] as const;
