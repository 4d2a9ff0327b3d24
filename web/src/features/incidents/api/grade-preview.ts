import type { IncidentFiguresInput, IncidentGrade, IncidentGrading } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

export interface GradeRequest {
  type: string;
  figures: IncidentFiguresInput;
  assessedGrade?: IncidentGrade;
}

/**
 * The grade the figures give (POST /incidents/grade writes nothing): asked again as the form changes,
 * keeping the last answer on screen while the next one comes.
 */
export const useGradePreview = (request: GradeRequest | null) =>
  useQuery({
    queryKey: [...incidentsKey, 'grade', request] as const,
    queryFn: ({ signal }) => apiFetch<IncidentGrading>('/incidents/grade', { method: 'POST', body: request, signal }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
