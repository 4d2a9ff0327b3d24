import type { Kysely } from 'kysely';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { Region } from '@shouwang/contracts';
import type { RegionRow } from './region-rows.js';
import type { RegionsTables } from './regions.tables.js';

type Q = Kysely<RegionsTables>;
export const regionsDb = (db: Kysely<FoundationTables>): Q => moduleDb<RegionsTables>(db);

const columns = ['code', 'name', 'level', 'parent_code', 'lon', 'lat'] as const;

const withChildCount = (db: Q) =>
  db.selectFrom('regions').select((eb) => [
    ...columns,
    eb.selectFrom('regions as c').select((e) => e.fn.countAll<number>().as('n')).whereRef('c.parent_code', '=', 'regions.code').as('child_count'),
  ]);

type Selected = { code: string; name: string; level: number; parent_code: string | null; lon: number | null; lat: number | null; child_count: number | string | null };

const toRegion = (r: Selected): Region => ({
  code: r.code,
  name: r.name,
  level: r.level as Region['level'],
  parentCode: r.parent_code,
  lon: r.lon,
  lat: r.lat,
  childCount: Number(r.child_count),
});

/** SQL for the `regions` table; scope is applied by the data layer, not here. */
export const regionsRepository = {
  async children(db: Q, parent: string): Promise<Region[]> {
    return (await withChildCount(db).where('parent_code', '=', parent).orderBy('code').execute()).map(toRegion);
  },

  /** Regions of one level in scope, code and name only (no child counts: this can be thousands of rows). */
  atLevel: (db: Q, level: number) => db.selectFrom('regions').select(['code', 'name']).where('level', '=', level).orderBy('code').execute(),

  async byCodes(db: Q, codes: string[]): Promise<Region[]> {
    if (codes.length === 0) return [];
    return (await withChildCount(db).where('code', 'in', codes).orderBy('code').execute()).map(toRegion);
  },

  /** Stored rows in the importer's shape, so before/after snapshots compare like with like. */
  async existing(db: Q, codes: string[]): Promise<Map<string, RegionRow>> {
    const out = new Map<string, RegionRow>();
    for (let i = 0; i < codes.length; i += 1000) {
      const rows = await db
        .selectFrom('regions')
        .select(['code', 'name', 'level', 'parent_code', 'lon', 'lat', 'coord_source'])
        .where('code', 'in', codes.slice(i, i + 1000))
        .execute();
      for (const r of rows) {
        out.set(r.code, { code: r.code, name: r.name, level: r.level as RegionRow['level'], parentCode: r.parent_code, lon: r.lon, lat: r.lat, coordSource: r.coord_source });
      }
    }
    return out;
  },

  async upsert(db: Q, rows: RegionRow[], now: Date): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto('regions')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            code: r.code,
            name: r.name,
            level: r.level,
            parent_code: r.parentCode,
            lon: r.lon,
            lat: r.lat,
            coord_source: r.coordSource,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            lon: eb.ref('excluded.lon'),
            lat: eb.ref('excluded.lat'),
            coord_source: eb.ref('excluded.coord_source'),
            updated_at: now,
          })),
        )
        .execute();
    }
  },

  async count(db: Q): Promise<number> {
    const r = await db.selectFrom('regions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
