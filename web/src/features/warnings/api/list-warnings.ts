import type { Warning, WarningLevel, WarningSource, WarningStatus } from '@shouwang/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { warningsKey, type Page } from './types';

export interface WarningFilters {
  /** The issuing region; the server includes its whole subtree. */
  regionCode?: string;
  status?: WarningStatus;
  level?: WarningLevel;
  source?: WarningSource;
}

export interface WarningListParams extends WarningFilters {
  limit: number;
  offset: number;
}

/** The most a page may hold (the contract's PageQuery). */
export const MAX_PAGE = 500;

export function fetchWarnings(params: WarningListParams, signal?: AbortSignal): Promise<Page<Warning>> {
  return apiFetch<Page<Warning>>('/warnings', { query: { ...params }, signal });
}

export const warningsQuery = (params: WarningListParams) =>
  queryOptions({ queryKey: [...warningsKey, 'list', params] as const, queryFn: ({ signal }) => fetchWarnings(params, signal) });

export const useWarnings = (params: WarningListParams, enabled = true) => useQuery({ ...warningsQuery(params), placeholderData: keepPreviousData, enabled });
