/**
 * Builds the offline basemap: decodes the bundled boundary data into plain GeoJSON under
 * public/basemap/ so the map never needs an internet tile server.
 *
 * Provenance (see web/README.md):
 * - world countries: world-atlas 2.0.2 (Natural Earth 1:50m, public domain)
 * - China provinces and Inner Mongolia prefectures: ECharts 4.9.0 map data (Apache-2.0).
 *   Demo-grade only; this is not an approved map (no 审图号).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(webDir, 'public', 'basemap');
const require = createRequire(import.meta.url);

const PRECISION = 1e4;

interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}
interface EchartsFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: EchartsGeometry;
}
interface EchartsMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

const round = (v: number): number => Math.round(v * PRECISION) / PRECISION;

/** ECharts "UTF8Encoding": zigzag-encoded deltas, two chars per point, offset by 64. */
export function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([round(x / scale), round(y / scale)]);
  }
  return closeRing(ring);
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  return ring;
}

function decodeEcharts(map: EchartsMap, codeOf: (f: EchartsFeature) => string | null): FeatureCollection {
  const scale = map.UTF8Scale ?? 1024;
  const features: Feature[] = map.features.map((f) => {
    const g = f.geometry;
    let geometry: Geometry;
    if (!map.UTF8Encoding) {
      geometry = g as unknown as Geometry;
    } else if (g.type === 'Polygon') {
      const offsets = g.encodeOffsets as [number, number][];
      geometry = {
        type: 'Polygon',
        coordinates: (g.coordinates as string[]).map((ring, i) => decodeRing(ring, offsets[i] ?? [0, 0], scale)),
      };
    } else {
      const offsets = g.encodeOffsets as [number, number][][];
      geometry = {
        type: 'MultiPolygon',
        coordinates: (g.coordinates as string[][]).map((polygon, p) =>
          polygon.map((ring, i) => decodeRing(ring, offsets[p]?.[i] ?? [0, 0], scale)),
        ),
      };
    }
    const code = codeOf(f);
    return {
      type: 'Feature',
      ...(code ? { id: Number(code) } : {}),
      properties: {
        name: f.properties.name,
        code,
        ...(f.properties.cp ? { labelLon: f.properties.cp[0], labelLat: f.properties.cp[1] } : {}),
      },
      geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}

function roundGeometry(geometry: Geometry): Geometry {
  const r = (p: Position): Position => [round(p[0] ?? 0), round(p[1] ?? 0)];
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
    default:
      return geometry;
  }
}

/** 6-digit GB/T 2260 code padded to the 12-digit statistical code used by the API. */
const toRegionCode = (id: string | undefined): string | null => (id && /^\d{6}$/.test(id) ? `${id}000000` : null);

export function bbox(fc: FeatureCollection): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position): void => {
    const [x = 0, y = 0] = p;
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  };
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates.forEach((ring) => ring.forEach(visit));
    if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
  }
  return b;
}

async function readJson<T>(specifier: string): Promise<T> {
  return JSON.parse(await readFile(require.resolve(specifier), 'utf8')) as T;
}

interface Output {
  file: string;
  sources: string[];
  build: () => Promise<FeatureCollection>;
  check?: (fc: FeatureCollection) => void;
}

const outputs: Output[] = [
  {
    file: 'world-countries.geojson',
    sources: ['world-atlas/countries-50m.json'],
    build: async () => {
      const topology = await readJson<Topology>('world-atlas/countries-50m.json');
      const object = topology.objects['countries'];
      if (!object) throw new Error('countries-50m.json has no "countries" object');
      const fc = feature(topology, object) as FeatureCollection;
      return {
        type: 'FeatureCollection',
        features: fc.features.map((f) => ({
          type: 'Feature',
          properties: {
            name: String((f.properties as { name?: string } | null)?.name ?? ''),
            // China's outline comes from the province layer; this one only fills the gaps between provinces.
            china: f.id === '156' || f.id === '158',
          },
          geometry: roundGeometry(f.geometry),
        })),
      };
    },
  },
  {
    file: 'china-provinces.geojson',
    sources: ['echarts4/map/json/china.json'],
    build: async () => decodeEcharts(await readJson<EchartsMap>('echarts4/map/json/china.json'), (f) => toRegionCode(f.id)),
  },
  {
    file: 'neimenggu-prefectures.geojson',
    sources: ['echarts4/map/json/province/neimenggu.json'],
    build: async () =>
      decodeEcharts(await readJson<EchartsMap>('echarts4/map/json/province/neimenggu.json'), (f) => toRegionCode(f.id)),
    check: (fc) => {
      const [w, s, e, n] = bbox(fc);
      const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.1;
      if (!(near(w, 97.17) && near(s, 37.41) && near(e, 126.08) && near(n, 53.34))) {
        throw new Error(`Inner Mongolia bbox looks wrong: ${[w, s, e, n].join(', ')}`);
      }
    },
  },
];

/** Extents of the regions that have polygons, so the map can frame a province or prefecture exactly. */
function regionBounds(collections: FeatureCollection[]): Record<string, [number, number, number, number]> {
  const bounds: Record<string, [number, number, number, number]> = {};
  for (const fc of collections) {
    for (const f of fc.features) {
      const code = (f.properties as { code?: string | null } | null)?.code;
      if (code) bounds[code] = bbox({ type: 'FeatureCollection', features: [f] });
    }
  }
  return bounds;
}

async function mtime(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

async function isFresh(output: Output): Promise<boolean> {
  const target = await mtime(join(outDir, output.file));
  if (target === 0) return false;
  const inputs = [fileURLToPath(import.meta.url), ...output.sources.map((s) => require.resolve(s))];
  for (const input of inputs) if ((await mtime(input)) > target) return false;
  return true;
}

const BOUNDS_FILE = 'region-bounds.json';
const BOUNDS_SOURCES = ['china-provinces.geojson', 'neimenggu-prefectures.geojson'];

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  await mkdir(outDir, { recursive: true });
  let changed = force || (await mtime(join(outDir, BOUNDS_FILE))) === 0;
  for (const output of outputs) {
    if (!force && (await isFresh(output))) continue;
    const fc = await output.build();
    output.check?.(fc);
    const text = JSON.stringify(fc);
    await writeFile(join(outDir, output.file), text);
    changed = true;
    console.log(`basemap: ${output.file} (${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KiB)`);
  }
  if (changed) {
    const collections = await Promise.all(
      BOUNDS_SOURCES.map(async (file) => JSON.parse(await readFile(join(outDir, file), 'utf8')) as FeatureCollection),
    );
    await writeFile(join(outDir, BOUNDS_FILE), JSON.stringify(regionBounds(collections)));
    console.log(`basemap: ${BOUNDS_FILE}`);
  }
}

await main();
