// Synthetic located resources for bench/geo-http: rescue teams and facilities (mostly shelters) spread
// over Inner Mongolia (lon 97–126, lat 37–53), weighted towards county seats and more towards urban
// districts (区), each attached to a real county-level region code from the shipped division tree.
// Deterministic (seeded RNG), and bulk-loaded straight into the registry tables with unnest() INSERTs.
import fs from 'node:fs';
import type pg from 'pg';
import { rng } from '../server/test/random.js';

const CSV = new URL('../server/src/modules/regions/data/inner-mongolia.csv', import.meta.url);
export const BOX = { minLon: 97, minLat: 37, maxLon: 126, maxLat: 53 };

export type County = { code: string; name: string; lon: number; lat: number; weight: number };
export type Points = { n: number; lon: Float64Array; lat: Float64Array; region: string[] };

export function counties(): County[] {
  const rows = fs.readFileSync(CSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  return rows
    .filter((c) => c[2] === '3' && c[4] && c[5])
    .map((c) => ({ code: c[0]!, name: c[1]!, lon: Number(c[4]), lat: Number(c[5]), weight: c[1]!.endsWith('区') ? 4 : 1 }));
}

/** n points: 75 % around a county seat (gaussian, σ 0.12° urban / 0.35° otherwise), 25 % uniform in the box. */
export function generatePoints(n: number, seed: number, all = counties()): Points {
  const r = rng(seed);
  const cum: number[] = [];
  let w = 0;
  for (const c of all) cum.push((w += c.weight));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const region: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (r() < 0.75) {
      const x = r() * w;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      const c = all[lo]!;
      const s = c.weight > 1 ? 0.12 : 0.35;
      lon[i] = clamp(c.lon + gauss() * s, BOX.minLon, BOX.maxLon);
      lat[i] = clamp(c.lat + gauss() * s * 0.8, BOX.minLat, BOX.maxLat);
      region[i] = c.code;
    } else {
      lon[i] = BOX.minLon + r() * (BOX.maxLon - BOX.minLon);
      lat[i] = BOX.minLat + r() * (BOX.maxLat - BOX.minLat);
      let best = 0;
      let bestD = Infinity;
      for (let k = 0; k < all.length; k++) {
        const dx = (all[k]!.lon - lon[i]!) * 0.75;
        const dy = all[k]!.lat - lat[i]!;
        const d = dx * dx + dy * dy;
        if (d < bestD) [best, bestD] = [k, d];
      }
      region[i] = all[best]!.code;
    }
  }
  return { n, lon, lat, region };
}

const TEAM_KINDS = ['comprehensive', 'professional', 'grassroots', 'social', 'enterprise'];
const SPECIALITIES = ['forest_grassland_fire', 'flood_drought', 'earthquake_geological', 'hazardous_chemicals', 'coal_mine', 'non_coal_mine', 'urban_safety', 'medical', 'general_rescue', 'water_rescue'];
const FACILITY_KINDS = ['shelter', 'shelter', 'shelter', 'shelter', 'shelter', 'shelter', 'fire_station', 'water_source', 'helipad', 'rescue_base'];
const BATCH = 20_000;

/** Team status mix: 90 % standby (what nearest looks for by default), 5 % deployed, 5 % resting. */
export const teamStatus = (i: number) => (i % 20 === 0 ? 'deployed' : i % 20 === 1 ? 'resting' : 'standby');

/** Inserts points [0, teams) as teams and the rest as facilities; returns the time taken. */
export async function bulkLoad(client: pg.ClientBase, p: Points, teams: number): Promise<number> {
  const t = performance.now();
  for (let s = 0; s < teams; s += BATCH) {
    const idx = Array.from({ length: Math.min(BATCH, teams - s) }, (_, k) => s + k);
    await client.query(
      `insert into resources_teams (name, kind, specialities, level, region_code, lon, lat, base_address, leader, phone, status)
       select n, k, sp::text[], 'county', rc, x, y, '基地 ' || n, '队长', '13900000000', st
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[]) as u(n, k, sp, rc, x, y, st)`,
      [
        idx.map((i) => `救援队 ${i}`),
        idx.map((i) => TEAM_KINDS[i % TEAM_KINDS.length]!),
        idx.map((i) => `{${SPECIALITIES[i % SPECIALITIES.length]},${SPECIALITIES[(i * 7 + 3) % SPECIALITIES.length]}}`),
        idx.map((i) => p.region[i]!),
        idx.map((i) => p.lon[i]!),
        idx.map((i) => p.lat[i]!),
        idx.map(teamStatus),
      ],
    );
  }
  for (let s = teams; s < p.n; s += BATCH) {
    const idx = Array.from({ length: Math.min(BATCH, p.n - s) }, (_, k) => s + k);
    await client.query(
      `insert into resources_facilities (kind, name, level, region_code, lon, lat, address, manager, phone, shelter_class, capacity, occupancy)
       select k, n, 'county', rc, x, y, '地址 ' || n, '管理员', '13900000000', case when k = 'shelter' then 'emergency' end, case when k = 'shelter' then c end, 0
       from unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[]) as u(k, n, rc, x, y, c)`,
      [
        idx.map((i) => FACILITY_KINDS[i % FACILITY_KINDS.length]!),
        idx.map((i) => `设施 ${i}`),
        idx.map((i) => p.region[i]!),
        idx.map((i) => p.lon[i]!),
        idx.map((i) => p.lat[i]!),
        idx.map((i) => 200 + (i % 50) * 40),
      ],
    );
  }
  await client.query('analyze resources_teams; analyze resources_facilities');
  return performance.now() - t;
}

export type CountedBox = { minLon: number; minLat: number; maxLon: number; maxLat: number; count: number };

/** Boxes (aspect 1.3:1) centred on the seats of the first four prefectures, each grown to hold ≥ `target` teams. */
export function featureBoxes(p: Points, teams: number, target: number, all: County[]): CountedBox[] {
  const inBox = (h: number, s: County): CountedBox => {
    const b = { minLon: s.lon - h * 1.3, minLat: s.lat - h, maxLon: s.lon + h * 1.3, maxLat: s.lat + h, count: 0 };
    for (let i = 0; i < teams; i++) if (p.lon[i]! >= b.minLon && p.lon[i]! <= b.maxLon && p.lat[i]! >= b.minLat && p.lat[i]! <= b.maxLat) b.count++;
    return b;
  };
  const seats = all.filter((c) => c.weight > 1).filter((c, i, a) => a.findIndex((d) => d.code.slice(0, 4) === c.code.slice(0, 4)) === i).slice(0, 4);
  return seats.map((s) => {
    let lo = 0.01;
    let hi = 8;
    for (let k = 0; k < 20; k++) {
      const h = (lo + hi) / 2;
      if (inBox(h, s).count < target) lo = h;
      else hi = h;
    }
    return inBox(hi, s);
  });
}
