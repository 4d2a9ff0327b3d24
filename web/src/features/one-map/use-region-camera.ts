import type { Region } from '@shouwang/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import { maplibregl } from '../../components/map/maplibre';
import { useRegionChildren } from '../regions/api/list-regions';
import { useRegionBounds, type RegionBounds } from './api/get-region-bounds';
import { ZOOM_BY_LEVEL } from './region-geometry';
import { anchorPoint, placeChildren } from './region-placement';

interface FrameInput {
  region: Region;
  path: Region[];
  children: Region[];
  bounds: RegionBounds | undefined;
}

function frame(map: MapLibreMap, { region, path, children, bounds }: FrameInput, animate: boolean): void {
  const points = placeChildren(region, path, children);
  const polygon = bounds?.[region.code];
  const { clientWidth: width, clientHeight: height } = map.getCanvas();
  const edge = Math.round(Math.min(60, width * 0.1, height * 0.1));
  // Labels hang to the right of their point; on wide screens panels cover the left (region, layers)
  // and the right (module overlays such as the resources panel).
  const padding = { top: edge + 10, bottom: edge, left: width > 900 ? 300 : edge, right: width > 1100 ? 400 : edge + Math.min(120, width * 0.25) };
  const duration = animate ? 900 : 0;
  const corners: [number, number][] = polygon ? [[polygon[0], polygon[1]], [polygon[2], polygon[3]]] : [];
  const extentPoints = [...corners, ...points.map((p): [number, number] => [p.lon, p.lat])];
  const [start] = extentPoints;
  const anchor = anchorPoint(region, path);
  if (start && extentPoints.length >= 2) {
    const extent = new maplibregl.LngLatBounds(start, start);
    extentPoints.forEach((p) => extent.extend(p));
    map.fitBounds(extent, { padding, maxZoom: ZOOM_BY_LEVEL[region.level] + 2, duration });
  } else if (anchor) {
    map.flyTo({ center: [anchor.lon, anchor.lat], zoom: ZOOM_BY_LEVEL[region.level], duration });
  }
}

/**
 * Frames the selected region once its children are known: the basemap polygon's extent where
 * there is one (province, prefecture), else the spread of its children. Returns a function to
 * frame it again on demand.
 */
export function useRegionCamera(map: MapLibreMap | null, region: Region | null, path: Region[]): () => void {
  const needsChildren = region !== null && region.childCount > 0;
  const children = useRegionChildren(region?.code ?? null, needsChildren);
  const bounds = useRegionBounds();
  const framedRef = useRef<{ map: MapLibreMap; code: string } | null>(null);
  const ready =
    region !== null &&
    (!needsChildren || children.data !== undefined || children.isError) &&
    (bounds.data !== undefined || bounds.isError);

  useEffect(() => {
    if (!map || !region || !ready) return;
    const framed = framedRef.current;
    if (framed?.map === map && framed.code === region.code) return;
    // The first framing of a fresh map jumps; later ones fly so the user keeps orientation.
    frame(map, { region, path, children: children.data ?? [], bounds: bounds.data }, framed?.map === map);
    framedRef.current = { map, code: region.code };
  }, [map, region, path, ready, children.data, bounds.data]);

  return useCallback(() => {
    if (map && region) frame(map, { region, path, children: children.data ?? [], bounds: bounds.data }, true);
  }, [map, region, path, children.data, bounds.data]);
}
