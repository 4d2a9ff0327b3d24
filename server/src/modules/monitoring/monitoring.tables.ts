import type { Generated } from 'kysely';
import type { DefaultTimestamp, Json, NullableTimestamp, Timestamp } from '../../foundation/db/tables.js';
import type { EvalState } from './alarm-rules.js';

export type Escalated = { target: string; name: string; phone: string | null; at: string };

export type MonitoringTables = {
  monitoring_points: {
    id: string;
    code: string;
    name: string;
    region_code: string;
    asset_kind: string;
    asset_name: string;
    hazard_source_id: string | null;
    quantity: string;
    unit: string;
    lon: number;
    lat: number;
    ll: number | null;
    l: number | null;
    h: number | null;
    hh: number | null;
    deadband: number;
    min_duration_s: number;
    rate_per_minute: number | null;
    expected_interval_s: number;
    enabled: boolean;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  monitoring_readings: { point_id: string; ts: Timestamp; reading_id: string; value: number; region_code: string };
  monitoring_latest: {
    point_id: string;
    region_code: string;
    ts: NullableTimestamp;
    value: number | null;
    state: string;
    eval_state: Json<EvalState>;
    offline: boolean;
    updated_at: DefaultTimestamp;
  };
  monitoring_alarms: {
    id: string;
    point_id: string;
    region_code: string;
    condition: string;
    status: string;
    threshold: number | null;
    value: number | null;
    peak_value: number | null;
    raised_at: Timestamp;
    reading_at: NullableTimestamp;
    occurrences: Generated<number>;
    condition_cleared_at: NullableTimestamp;
    acknowledged_at: NullableTimestamp;
    acknowledged_by: string | null;
    closed_at: NullableTimestamp;
    closed_by: string | null;
    close_reason: string | null;
    escalation_level: Generated<number>;
    escalated_to: Json<Escalated[]>;
    next_escalation_at: NullableTimestamp;
    updated_at: DefaultTimestamp;
  };
  monitoring_alarm_entries: { id: string; seq: Generated<string>; alarm_id: string; region_code: string; kind: string; at: Timestamp; by_name: string; text: string };
  monitoring_attachments: { id: string; entry_id: string; alarm_id: string; region_code: string; name: string; content_type: string; size: number; data: Buffer };
  monitoring_escalation_policies: { region_code: string; steps: Json<Array<{ afterMinutes: number; notify: string[] }>>; updated_at: DefaultTimestamp };
};

export const MONITORING_SCOPED_TABLES = [
  'monitoring_points',
  'monitoring_readings',
  'monitoring_latest',
  'monitoring_alarms',
  'monitoring_alarm_entries',
  'monitoring_attachments',
  'monitoring_escalation_policies',
] as const;
