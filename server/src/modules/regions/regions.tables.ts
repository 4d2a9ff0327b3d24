import type { DefaultTimestamp } from '../../foundation/db/tables.js';

export type RegionsTables = {
  regions: {
    code: string;
    name: string;
    level: number;
    parent_code: string | null;
    lon: number | null;
    lat: number | null;
    coord_source: string | null;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
};
