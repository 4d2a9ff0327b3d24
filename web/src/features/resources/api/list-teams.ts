import type { ForceLevel, Speciality, Team, TeamKind, TeamStatus } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { resourcesKey, type ResourcePage } from './types';

export interface TeamFilters {
  regionCode?: string;
  kind?: TeamKind;
  speciality?: Speciality;
  status?: TeamStatus;
  level?: ForceLevel;
  q?: string;
}

export interface TeamListParams extends TeamFilters {
  limit: number;
  offset: number;
}

export const teamsKey = [...resourcesKey, 'teams'] as const;

export function fetchTeams(params: TeamListParams, signal?: AbortSignal): Promise<ResourcePage<Team>> {
  return apiFetch<ResourcePage<Team>>('/resources/teams', { query: { ...params }, signal });
}

/** Keeps the previous page on screen while the next one (or a new filter) loads. */
export const useTeams = (params: TeamListParams) =>
  useQuery({
    queryKey: [...teamsKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchTeams(params, signal),
    placeholderData: keepPreviousData,
  });
