import type { DutyShift } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { dutyKey, type Page } from './types';

/** The roster between two instants in a region's subtree, in time order. */
export const useShifts = (regionCode: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: [...dutyKey, 'shifts', regionCode ?? '', from, to] as const,
    queryFn: ({ signal }) => apiFetch<Page<DutyShift>>('/duty/shifts', { query: { regionCode, from, to, limit: 500 }, signal }),
    enabled: regionCode !== undefined,
    placeholderData: keepPreviousData,
  });
