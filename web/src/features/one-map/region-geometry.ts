import type { Region } from '@shouwang/contracts';

export type RegionWithCoords = Region & { lon: number; lat: number };

export const hasCoords = (region: Region): region is RegionWithCoords => region.lon !== null && region.lat !== null;

/** Zoom for a region known only by its point, by level (省/市/县/乡/村). */
export const ZOOM_BY_LEVEL: Record<Region['level'], number> = { 1: 4.6, 2: 7.6, 3: 9.6, 4: 11.6, 5: 13.6 };

/** The ECharts basemap only has prefecture polygons; find the prefecture a region lies in. */
export function prefectureCode(path: Region[]): string | null {
  return path.find((r) => r.level === 2)?.code ?? null;
}
