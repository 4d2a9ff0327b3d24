import type { ColumnType } from 'kysely';
import type { CalloutRole } from '@shouwang/contracts';
import type { DefaultTimestamp, Json } from '../../foundation/db/tables.js';

export type ContactsTables = {
  contacts: {
    id: ColumnType<string, string | undefined, never>;
    region_code: string;
    name: string;
    post: string;
    org_name: string;
    phone: string;
    roles: Json<CalloutRole[]>;
    user_id: string | null;
    superior_id: string | null;
    active: boolean;
    note: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
};
