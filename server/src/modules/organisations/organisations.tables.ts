import type { DefaultTimestamp } from '../../foundation/db/tables.js';

export type OrganisationsTables = {
  org_units: {
    id: string;
    name: string;
    kind: string;
    region_code: string;
    parent_id: string | null;
    phone: string | null;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
};
