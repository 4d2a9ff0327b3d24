import type { Series } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { seriesKey } from './types';

export type SeriesRange = '1h' | '24h' | '7d';
export const SERIES_RANGES: readonly SeriesRange[] = ['1h', '24h', '7d'];
const RANGE_MS: Record<SeriesRange, number> = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 };
/** About one bucket per 3 px of a drawer-wide chart; the server averages within a bucket and keeps min/max. */
const BUCKETS = 240;

export function fetchSeries(pointId: string, range: SeriesRange, signal?: AbortSignal): Promise<Series> {
  const to = new Date();
  const from = new Date(to.getTime() - RANGE_MS[range]);
  return apiFetch<Series>(`/monitoring/points/${encodeURIComponent(pointId)}/series`, {
    query: { from: from.toISOString(), to: to.toISOString(), buckets: BUCKETS },
    signal,
  });
}

/** The key holds the range, not the instants: a live refresh re-reads "the last hour" up to now. */
export const useSeries = (pointId: string, range: SeriesRange) =>
  useQuery({
    queryKey: [...seriesKey, pointId, range] as const,
    queryFn: ({ signal }) => fetchSeries(pointId, range, signal),
    placeholderData: keepPreviousData,
  });
