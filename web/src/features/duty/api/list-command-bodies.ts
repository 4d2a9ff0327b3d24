import type { CommandBody, CommandBodyKind } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { dutyKey, type Page } from './types';

/** Command bodies (指挥部/安委会/减灾委) of a region's subtree (default: the caller's) with their member units and duty lists. */
export const useCommandBodies = (regionCode: string | undefined, kind?: CommandBodyKind) =>
  useQuery({
    queryKey: [...dutyKey, 'command-bodies', regionCode ?? '', kind ?? ''] as const,
    queryFn: ({ signal }) => apiFetch<Page<CommandBody>>('/duty/command-bodies', { query: { regionCode, kind, limit: 500 }, signal }),
    staleTime: 60_000,
  });

export const useCommandBody = (id: string | null) =>
  useQuery({
    queryKey: [...dutyKey, 'command-body', id ?? ''] as const,
    queryFn: ({ signal }) => apiFetch<CommandBody>(`/duty/command-bodies/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
    staleTime: 60_000,
  });
