import type { ColumnType, Generated } from 'kysely';

/** A timestamptz column: Date when read, Date or ISO string when written. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz with a database default. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type Json<T = unknown> = ColumnType<T, string, string>;

/** Tables owned by the foundation (identity, audit, events). Module tables live in each module. */
export type FoundationTables = {
  system_meta: { key: string; value: Json; updated_at: Timestamp };
  roles: {
    key: string;
    name: string;
    name_en: string;
    permissions: Json<string[]>;
    built_in: boolean;
  };
  users: {
    id: Generated<string>;
    username: string;
    display_name: string;
    password_hash: string;
    region_code: string;
    org_unit_id: string | null;
    phone: string | null;
    disabled: Generated<boolean>;
    failed_logins: Generated<number>;
    locked_until: NullableTimestamp;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  user_roles: { user_id: string; role_key: string };
  sessions: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    last_seen_at: Timestamp;
    ip: string | null;
    user_agent: string | null;
  };
  api_tokens: {
    id: Generated<string>;
    name: string;
    region_code: string;
    scopes: Json<string[]>;
    prefix: string;
    secret_hash: string;
    created_by: string | null;
    created_at: DefaultTimestamp;
    expires_at: NullableTimestamp;
    revoked_at: NullableTimestamp;
    last_used_at: NullableTimestamp;
  };
  audit_ledger: {
    seq: number;
    at: Timestamp;
    actor_id: string | null;
    actor_name: string;
    action: string;
    entity: string;
    entity_id: string;
    region_code: string;
    before_digest: string | null;
    after_digest: string | null;
    data: Json | null;
    prev_hash: string;
    hash: string;
  };
  audit_head: { id: number; seq: number; hash: string };
  jobs: {
    id: string;
    kind: string;
    run_at: Timestamp;
    payload: Json<Record<string, unknown>>;
    region_code: string;
    dedupe_key: string | null;
    status: ColumnType<'pending' | 'done' | 'failed' | 'cancelled', 'pending' | undefined, 'pending' | 'done' | 'failed' | 'cancelled'>;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    last_error: string | null;
    lease_until: NullableTimestamp;
    created_at: Timestamp;
    finished_at: NullableTimestamp;
  };
  event_outbox: {
    id: string;
    type: string;
    region_code: string;
    payload: Json<Record<string, unknown>>;
    occurred_at: Timestamp;
    published_at: NullableTimestamp;
    attempts: Generated<number>;
    audience: ColumnType<string[] | null, string | null | undefined, string | null>;
  };
};
