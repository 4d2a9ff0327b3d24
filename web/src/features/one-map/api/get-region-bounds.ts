import { useQuery } from '@tanstack/react-query';
import { basemapUrl } from '../../../components/map/basemap-files';

/** [west, south, east, north] of the provinces and prefectures that have basemap polygons. */
export type RegionBounds = Record<string, [number, number, number, number]>;

export async function fetchRegionBounds(signal?: AbortSignal): Promise<RegionBounds> {
  const response = await fetch(basemapUrl('region-bounds.json'), { signal });
  if (!response.ok) throw new Error(`region-bounds.json: HTTP ${response.status}`);
  return (await response.json()) as RegionBounds;
}

export const useRegionBounds = () =>
  useQuery({
    queryKey: ['basemap', 'region-bounds'],
    queryFn: ({ signal }) => fetchRegionBounds(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
