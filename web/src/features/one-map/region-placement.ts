import type { Region } from '@shouwang/contracts';
import { hasCoords } from './region-geometry';

export interface PlacedRegion {
  region: Region;
  lon: number;
  lat: number;
  /** No coordinates in the master data: drawn at a schematic spot around its parent. */
  approximate: boolean;
}

/** Spread of the schematic ring, in degrees of latitude, by the parent's level. */
const SPREAD_BY_PARENT_LEVEL: Record<Region['level'], number> = { 1: 3, 2: 0.35, 3: 0.07, 4: 0.02, 5: 0.005 };
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The closest point we know for `region`: itself, else its nearest located ancestor. */
export function anchorPoint(region: Region, path: Region[]): { lon: number; lat: number } | null {
  if (hasCoords(region)) return { lon: region.lon, lat: region.lat };
  const located = [...path].reverse().find(hasCoords);
  return located ? { lon: located.lon, lat: located.lat } : null;
}

/**
 * Townships and villages have no coordinates yet, but the map should still show and let users pick
 * them. They are laid out on a sunflower spiral around the parent, flagged as approximate.
 */
export function placeChildren(parent: Region, path: Region[], children: Region[]): PlacedRegion[] {
  const located = children.filter(hasCoords);
  const unlocated = children.filter((c) => !hasCoords(c));
  const placed: PlacedRegion[] = located.map((region) => ({ region, lon: region.lon, lat: region.lat, approximate: false }));
  if (unlocated.length === 0) return placed;

  const centre =
    anchorPoint(parent, path) ??
    (located.length
      ? { lon: located.reduce((s, r) => s + r.lon, 0) / located.length, lat: located.reduce((s, r) => s + r.lat, 0) / located.length }
      : null);
  if (!centre) return placed;

  const spread = SPREAD_BY_PARENT_LEVEL[parent.level];
  const lonScale = 1 / Math.max(0.2, Math.cos((centre.lat * Math.PI) / 180));
  unlocated.forEach((region, i) => {
    const r = spread * Math.sqrt((i + 0.6) / unlocated.length);
    const angle = i * GOLDEN_ANGLE;
    placed.push({
      region,
      lon: centre.lon + r * Math.cos(angle) * lonScale,
      lat: centre.lat + r * Math.sin(angle),
      approximate: true,
    });
  });
  return placed;
}
