// Baseline B1 of bench/geo-http: bare PostGIS on the same team points, driven by pgbench. A copy of the
// teams (id, name, status, lon, lat) with a geography and a geometry point, each GiST-indexed:
// KNN `geog <-> point LIMIT 10` (exact great-circle metres on the sphere, standby teams like the API's
// default) from random points drawn by pgbench's \set, and `geom && envelope` over the features boxes.
import { performance as perf } from 'node:perf_hooks';
import pg from 'pg';
import { BOX, type CountedBox } from './geo-data.js';
import { pgbench, pgbenchAvailable } from './pgbench.js';

export type B1Input = {
  url: string;
  seconds: number;
  warmupSeconds: number;
  boxes: CountedBox[];
  /** Query points for the same-answer check, and the API's ids for the i-th of them. */
  queries: { lon: number; lat: number }[];
  apiNearestIds: (i: number) => Promise<string[]>;
};

export async function postgisBaseline(o: B1Input) {
  if (!(await pgbenchAvailable())) {
    console.log('\n  B1 skipped: pgbench is not installed');
    return null;
  }
  const c = new pg.Client({ connectionString: o.url });
  await c.connect();
  try {
    try {
      await c.query('create extension if not exists postgis');
    } catch (e) {
      console.log(`\n  B1 skipped: PostGIS is not available (${String(e)})`);
      return null;
    }
    const t = perf.now();
    await c.query(`create table bench_geo_teams as
      select id, name, status, lon, lat, ST_SetSRID(ST_MakePoint(lon, lat), 4326) as geom, ST_MakePoint(lon, lat)::geography as geog from resources_teams`);
    await c.query('create index bench_geo_teams_geog on bench_geo_teams using gist (geog)');
    await c.query('create index bench_geo_teams_geom on bench_geo_teams using gist (geom)');
    await c.query('analyze bench_geo_teams');
    const { rows: ver } = await c.query<{ v: string }>('select postgis_lib_version() as v');
    console.log(`  PostGIS ${ver[0]!.v}: bench_geo_teams with geography + geometry GiST indexes built in ${((perf.now() - t) / 1000).toFixed(1)} s`);

    // Same answer? The API's ten ids against PostGIS's for 20 query points.
    const knn = `select id from bench_geo_teams where status = 'standby' order by geog <-> ST_MakePoint($1, $2)::geography limit 10`;
    let same = 0;
    for (let i = 0; i < 20; i++) {
      const q = o.queries[i]!;
      const want = (await c.query<{ id: string }>(knn, [q.lon.toFixed(5), q.lat.toFixed(5)])).rows.map((r) => r.id).join();
      if (want === (await o.apiNearestIds(i)).join()) same++;
    }
    const check = `API nearest ids identical to PostGIS KNN for ${same}/20 query points`;

    const knnScript =
      `\\set x random(${BOX.minLon * 1e5}, ${BOX.maxLon * 1e5})\n\\set y random(${BOX.minLat * 1e5}, ${BOX.maxLat * 1e5})\n` +
      `select id from bench_geo_teams where status = 'standby' order by geog <-> ST_MakePoint(:x / 1e5::float8, :y / 1e5::float8)::geography limit 10;\n`;
    const bboxScripts = Object.fromEntries(o.boxes.map((b, i) => [`bbox${i}`, `select id, name, lon, lat from bench_geo_teams where geom && ST_MakeEnvelope(${b.minLon}, ${b.minLat}, ${b.maxLon}, ${b.maxLat}, 4326);\n`]));
    const run = { seconds: o.seconds, warmupSeconds: o.warmupSeconds };
    const knn2 = await pgbench(o.url, { knn: knnScript }, { ...run, clients: 2 });
    const knn16 = await pgbench(o.url, { knn: knnScript }, { ...run, clients: 16 });
    const bbox = await pgbench(o.url, bboxScripts, { ...run, clients: 2 });
    return { knn2, knn16, bbox, check };
  } finally {
    await c.query('drop table if exists bench_geo_teams').catch(() => {});
    await c.end();
  }
}
