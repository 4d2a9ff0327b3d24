import type { HazardReference } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { enterprisesKey } from './types';

/** The GB 18218-2018 tables the server grades with; they change with a release, not during a session. */
export const useHazardReference = () =>
  useQuery({
    queryKey: [...enterprisesKey, 'hazard-reference'] as const,
    queryFn: ({ signal }) => apiFetch<HazardReference>('/hazard-sources/reference', { signal }),
    staleTime: Infinity,
  });
