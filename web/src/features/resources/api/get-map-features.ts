import type { FeatureCollection, LocatableKind, Speciality, TeamKind, TeamStatus } from '@shouwang/contracts';
import { apiFetch } from '../../../lib/api-client';

export interface MapFeaturesParams {
  /** [west, south, east, north], WGS-84. */
  bbox: [number, number, number, number];
  kinds: LocatableKind[];
  zoom: number;
  speciality?: Speciality;
  teamKind?: TeamKind;
  status?: TeamStatus;
  /** Above this many points in the box the server answers with grid clusters. */
  limit?: number;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** Points (or grid clusters) in a bounding box; layers call it on every settled map move. */
export function fetchMapFeatures(params: MapFeaturesParams, signal?: AbortSignal): Promise<FeatureCollection> {
  const [w, s, e, n] = params.bbox;
  const bbox = [clamp(w, -180, 180), clamp(s, -90, 90), clamp(e, -180, 180), clamp(n, -90, 90)].join(',');
  return apiFetch<FeatureCollection>('/resources/features', {
    query: {
      bbox,
      kinds: params.kinds.join(','),
      zoom: clamp(Math.round(params.zoom * 100) / 100, 0, 24),
      speciality: params.speciality,
      teamKind: params.teamKind,
      status: params.status,
      limit: params.limit,
    },
    signal,
  });
}
