import type { ColumnType } from 'kysely';
import type { CommandMemberRole, DutyPerson } from '@shouwang/contracts';
import type { DefaultTimestamp, Json, Timestamp } from '../../foundation/db/tables.js';

type Person = { name: string; title: string; phone: string };
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export type DutyTables = {
  duty_command_bodies: {
    id: string;
    region_code: string;
    kind: string;
    name: string;
    speciality: string | null;
    incident_types: Json<string[]>;
    commander: NullableJson<Person>;
    description: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  duty_command_members: {
    id: string;
    body_id: string;
    region_code: string;
    org_unit_id: string;
    role: CommandMemberRole;
    duties: Json<string[]>;
    contact: NullableJson<{ name: string; phone: string }>;
    sort_order: number;
    updated_at: DefaultTimestamp;
  };
  duty_shifts: {
    id: string;
    region_code: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
    leader: Json<DutyPerson>;
    officers: Json<DutyPerson[]>;
    note: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  duty_handovers: {
    id: string;
    shift_id: string;
    region_code: string;
    next_shift_id: string | null;
    at: Timestamp;
    by_id: string | null;
    by_name: string;
    received_by: string | null;
    log: string;
    open_matters: string;
  };
};

export const DUTY_SCOPED_TABLES = ['duty_command_bodies', 'duty_command_members', 'duty_shifts', 'duty_handovers'] as const;
