import type { ColumnType } from 'kysely';
import type { CalloutFeedback, CalloutPolicy } from '@shouwang/contracts';
import type { DefaultTimestamp, Json, Timestamp } from '../../../foundation/db/tables.js';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type CalloutTables = {
  warning_recipients: {
    id: ColumnType<string, string | undefined, never>;
    warning_id: string;
    region_code: string;
    region_level: number;
    kind: 'responsible' | 'public';
    contact_id: string | null;
    user_id: string | null;
    name: string;
    post: string;
    role: string;
    phone: string;
    ack_code: string | null;
    step: ColumnType<number, number | undefined, number>;
    next_due_at: NullableTimestamp;
    reached_at: NullableTimestamp;
    read_at: NullableTimestamp;
    acknowledged_at: NullableTimestamp;
    ack_via: string | null;
    ack_by: string | null;
    ack_note: string | null;
    feedback: ColumnType<CalloutFeedback | null, string | null | undefined, string | null>;
    feedback_at: NullableTimestamp;
    feedback_overdue: ColumnType<boolean, boolean | undefined, boolean>;
    escalated_at: NullableTimestamp;
    escalated_from: string | null;
    stopped_at: NullableTimestamp;
    stop_reason: string | null;
    created_at: Timestamp;
  };
  warning_deliveries: {
    id: ColumnType<string, string | undefined, never>;
    warning_id: string;
    recipient_id: string | null;
    webhook_id: string | null;
    region_code: string;
    channel: string;
    address: string;
    state: string;
    attempt: ColumnType<number, number | undefined, number>;
    reason: string | null;
    provider_ref: string | null;
    answered: boolean | null;
    queued_at: Timestamp;
    due_at: Timestamp;
    sent_at: NullableTimestamp;
    delivered_at: NullableTimestamp;
    failed_at: NullableTimestamp;
  };
  warning_webhooks: {
    id: ColumnType<string, string | undefined, never>;
    region_code: string;
    name: string;
    url: string;
    secret: string;
    min_level: number;
    active: boolean;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  warning_subscribers: { id: ColumnType<string, string | undefined, never>; region_code: string; phone: string; created_at: DefaultTimestamp };
  warning_callout_policies: { region_code: string; policy: Json<CalloutPolicy>; updated_by: string; updated_at: DefaultTimestamp };
  warning_attachments: { id: string; recipient_id: string; region_code: string; name: string; content_type: string; size: number; data: Buffer; created_at: DefaultTimestamp };
};

// Policies are not scoped: a county must read the city's policy it inherits; writes are checked in the service.
export const CALLOUT_SCOPED_TABLES = ['warning_recipients', 'warning_deliveries', 'warning_webhooks', 'warning_subscribers', 'warning_attachments'] as const;
