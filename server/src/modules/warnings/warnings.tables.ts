import type { ColumnType } from 'kysely';
import type { CapAlert, CapReference } from '@shouwang/contracts';
import type { DefaultTimestamp, Json } from '../../foundation/db/tables.js';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type WarningsTables = {
  warnings: {
    id: string;
    region_code: string;
    status: string;
    source: string;
    alarm_id: ColumnType<string | null, string | null | undefined, string | null>;
    version: number;
    previous_id: string | null;
    level: number | null;
    type_code: string;
    type_name: string;
    headline: string;
    description: string;
    instruction: string;
    identifier: string;
    sender: string;
    sent: NullableTimestamp;
    msg_type: string;
    event: string;
    category: Json<string[]>;
    urgency: string;
    severity: string;
    certainty: string;
    effective: NullableTimestamp;
    onset: NullableTimestamp;
    expires: NullableTimestamp;
    cap_references: Json<CapReference[]>;
    target_regions: Json<string[]>;
    polygons: Json<string[]>;
    circles: Json<string[]>;
    cap_alert: ColumnType<CapAlert | null, string | null, string | null>;
    author_id: string | null;
    author_name: string | null;
    reviewer_id: string | null;
    reviewer_name: string | null;
    rejection_reason: string | null;
    cancel_reason: string | null;
    submitted_at: NullableTimestamp;
    reviewed_at: NullableTimestamp;
    published_at: NullableTimestamp;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
};

export const WARNINGS_SCOPED_TABLES = ['warnings'] as const;
