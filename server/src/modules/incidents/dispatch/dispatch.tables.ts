import type { ColumnType } from 'kysely';
import type { DispatchStep, Speciality, SupplyRef } from '@shouwang/contracts';
import type { Json, NullableTimestamp, Timestamp } from '../../../foundation/db/tables.js';

/** What was dispatched, as it was at the time (a team renamed later keeps its name here). */
export type StoredSubject =
  | { team: { name: string; regionCode: string; leader: string; phone: string; specialities: Speciality[]; lon: number; lat: number } }
  | { warehouse: { name: string; regionCode: string; lon: number; lat: number }; item: SupplyRef };
export type StoredBatchLine = { batchId: string; batchNo: string; quantity: number; movementId: string };

export type DispatchTables = {
  incidents_dispatches: {
    id: string;
    incident_id: string;
    region_code: string;
    kind: string;
    status: string;
    team_id: string | null;
    warehouse_id: string | null;
    item_id: string | null;
    quantity: ColumnType<string | null, string | number | null, string | number | null>;
    subject: Json<StoredSubject>;
    batches: Json<StoredBatchLine[]>;
    task: string | null;
    note: string | null;
    distance_m: number | null;
    eta_minutes: number | null;
    steps: Json<DispatchStep[]>;
    dispatched_at: Timestamp;
    departed_at: NullableTimestamp;
    arrived_at: NullableTimestamp;
    returned_at: NullableTimestamp;
    cancelled_at: NullableTimestamp;
    dispatched_by_id: string | null;
    dispatched_by_name: string;
    updated_at: Timestamp;
  };
};

export const DISPATCH_SCOPED_TABLES = ['incidents_dispatches'] as const;
