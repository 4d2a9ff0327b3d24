import type { Incident } from '@shouwang/contracts';
import { fetchIncidents, MAX_PAGE } from '../api/list-incidents';

/** Open incidents of the region (its subtree) that have a point: what the map can show. */
export async function loadOpenIncidents(regionCode: string, signal: AbortSignal): Promise<(Incident & { location: { lon: number; lat: number } })[]> {
  const { items } = await fetchIncidents({ regionCode, status: 'open', limit: MAX_PAGE, offset: 0 }, signal);
  return items.filter((i): i is Incident & { location: { lon: number; lat: number; text: string } } => i.location.lon !== null && i.location.lat !== null);
}
