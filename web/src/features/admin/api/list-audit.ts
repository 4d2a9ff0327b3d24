import type { AuditEntry } from '@shouwang/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export async function fetchAudit(
  filter: AuditFilter,
  beforeSeq: number | undefined,
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  const { items } = await apiFetch<{ items: AuditEntry[] }>('/audit', {
    query: { ...filter, beforeSeq, limit: AUDIT_PAGE_SIZE },
    signal,
  });
  return items;
}

/** Newest first; each further page continues below the oldest entry loaded so far. */
export const useAuditLog = (filter: AuditFilter) =>
  useInfiniteQuery({
    queryKey: ['admin', 'audit', filter] as const,
    queryFn: ({ pageParam, signal }) => fetchAudit(filter, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < AUDIT_PAGE_SIZE ? undefined : last[last.length - 1]?.seq),
  });
