import type { DutyNow } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { dutyKey } from './types';

/** Who is on duty now in a region (or the nearest region above it with a roster); asked again every few minutes for shift changes. */
export const dutyNowQuery = (regionCode: string) =>
  queryOptions({
    queryKey: [...dutyKey, 'now', regionCode] as const,
    queryFn: ({ signal }) => apiFetch<DutyNow>('/duty/now', { query: { regionCode }, signal }),
    refetchInterval: 5 * 60_000,
  });

export const useDutyNow = (regionCode: string | undefined) => useQuery({ ...dutyNowQuery(regionCode ?? ''), enabled: regionCode !== undefined });
