import type { IncidentReview, IncidentReviewWrite } from '@shouwang/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, apiUrl } from '../../../lib/api-client';
import { incidentsKey } from './types';

const reviewKey = (id: string) => [...incidentsKey, 'review', id] as const;
const path = (id: string) => `/incidents/${encodeURIComponent(id)}/review`;

/** 总结评估: the written review with the facts the server computes from the record. */
export const useReview = (id: string, enabled: boolean) => useQuery({ queryKey: reviewKey(id), queryFn: ({ signal }) => apiFetch<IncidentReview>(path(id), { signal }), enabled });

export function useSaveReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncidentReviewWrite) => apiFetch<IncidentReview>(path(id), { method: 'PUT', body }),
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKey(id), review);
      return queryClient.invalidateQueries({ queryKey: [...incidentsKey, 'log', id] });
    },
  });
}

/** The incident's report as a Word document (initial → final reports, response, timeline, review); the session cookie authorises it. */
export const incidentReportDocxUrl = (id: string) => apiUrl(`/incidents/${encodeURIComponent(id)}/report.docx`);
