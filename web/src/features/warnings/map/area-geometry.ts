import { formatCapCircle, formatCapPolygon, parseCapCircle, parseCapPolygon, type CapPoint } from '@shouwang/contracts';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';

/** A drawn area as the map handles it; CAP keeps it as text ("lat,lon …", "lat,lon radiusKm"). */
export type AreaShape = { kind: 'polygon'; points: CapPoint[] } | { kind: 'circle'; centre: CapPoint; radiusKm: number };

export interface DrawnAreas {
  polygons: string[];
  circles: string[];
}

/** Five decimals of a degree are about a metre: enough for a warning area, short in the CAP text. */
export const roundDegree = (v: number) => Math.round(v * 1e5) / 1e5;
/** Radii to 10 m. */
export const roundKm = (v: number) => Math.round(v * 100) / 100;

export function parseShapes(areas: DrawnAreas): AreaShape[] {
  const shapes: AreaShape[] = [];
  for (const text of areas.polygons) {
    const points = parseCapPolygon(text);
    if (points) shapes.push({ kind: 'polygon', points: points.slice(0, -1) });
  }
  for (const text of areas.circles) {
    const circle = parseCapCircle(text);
    if (circle) shapes.push({ kind: 'circle', centre: circle.centre, radiusKm: circle.radiusKm });
  }
  return shapes;
}

/** A ring of corners (not closed) as a CAP polygon: rounded, closed (first = last). */
export const capPolygonOf = (corners: readonly CapPoint[]): string => formatCapPolygon(corners.map((p) => ({ lat: roundDegree(p.lat), lon: roundDegree(p.lon) })));
export const capCircleOf = (centre: CapPoint, radiusKm: number): string => formatCapCircle({ lat: roundDegree(centre.lat), lon: roundDegree(centre.lon) }, roundKm(radiusKm));

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance (haversine). */
export function distanceKm(a: CapPoint, b: CapPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A circle as a closed ring of [lon, lat] for drawing (64 steps, exact enough at warning scales). */
export function circleRing(centre: CapPoint, radiusKm: number, steps = 64): Position[] {
  const ring: Position[] = [];
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos(rad(centre.lat))));
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    ring.push([centre.lon + dLon * Math.cos(a), centre.lat + dLat * Math.sin(a)]);
  }
  return ring;
}

export function shapeRing(shape: AreaShape): Position[] {
  if (shape.kind === 'circle') return circleRing(shape.centre, shape.radiusKm);
  const ring = shape.points.map((p): Position => [p.lon, p.lat]);
  const first = ring[0];
  return first ? [...ring, first] : ring;
}

export function shapeFeature<P extends Record<string, unknown>>(shape: AreaShape, properties: P): Feature<Polygon, P> {
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [shapeRing(shape)] }, properties };
}

export const featureCollection = <G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });

/** [west, south, east, north] around the shapes, or null when there are none. */
export function shapesBounds(shapes: readonly AreaShape[]): [number, number, number, number] | null {
  const points = shapes.flatMap(shapeRing);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
