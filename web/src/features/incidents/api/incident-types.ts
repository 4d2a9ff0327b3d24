import type { IncidentType, IncidentTypeCatalogue } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

/** The four categories with their types and the grading bounds: reference data, fetched once a session. */
export const useIncidentTypes = () =>
  useQuery({
    queryKey: [...incidentsKey, 'types'] as const,
    queryFn: ({ signal }) => apiFetch<IncidentTypeCatalogue>('/incidents/types', { signal }),
    staleTime: Infinity,
  });

export const findType = (catalogue: IncidentTypeCatalogue | undefined, key: string | undefined): IncidentType | undefined =>
  key ? catalogue?.categories.flatMap((c) => c.types).find((t) => t.key === key) : undefined;
