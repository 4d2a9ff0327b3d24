import type { CalloutBoard, CalloutPolicy, CoverageReport, MyCallout, Recipient, RecipientState } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, apiUrl } from '../../../../lib/api-client';
import type { Page } from '../../api/types';

/**
 * Call-out data lives apart from the warnings' own keys: acknowledgements arrive many times a minute,
 * and they must not make the warning lists refetch.
 */
export const calloutsKey = ['warning-callouts'] as const;
export const boardKey = (warningId: string) => [...calloutsKey, 'board', warningId] as const;
export const recipientsKey = (warningId: string) => [...calloutsKey, 'recipients', warningId] as const;
export const myCalloutsKey = [...calloutsKey, 'mine'] as const;
export const coverageKey = [...calloutsKey, 'coverage'] as const;

const enc = encodeURIComponent;

/** `false` while live events arrive; a slow refetch when the live channel is down. */
export type RefetchInterval = number | false;

export const useCalloutBoard = (warningId: string, refetchInterval: RefetchInterval = false) =>
  useQuery({ queryKey: boardKey(warningId), queryFn: ({ signal }) => apiFetch<CalloutBoard>(`/warnings/${enc(warningId)}/callout`, { signal }), refetchInterval });

export interface RecipientParams {
  regionLevel?: number;
  state?: RecipientState;
  q?: string;
  limit: number;
  offset: number;
}

export const useRecipients = (warningId: string, params: RecipientParams, refetchInterval: RefetchInterval = false) =>
  useQuery({
    queryKey: [...recipientsKey(warningId), params] as const,
    queryFn: ({ signal }) => apiFetch<Page<Recipient>>(`/warnings/${enc(warningId)}/recipients`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval,
  });

/** GET /warnings/callout-policy (the contract exports only its schema). */
export interface CalloutPolicyView {
  regionCode: string;
  policy: CalloutPolicy;
  inherited: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

export const useCalloutPolicy = (regionCode: string | undefined) =>
  useQuery({
    queryKey: [...calloutsKey, 'policy', regionCode] as const,
    queryFn: ({ signal }) => apiFetch<CalloutPolicyView>('/warnings/callout-policy', { query: { regionCode }, signal }),
    enabled: regionCode !== undefined,
    staleTime: 5 * 60_000,
  });

export const useMyCallouts = (params: { limit: number; offset: number }, refetchInterval: RefetchInterval = false) =>
  useQuery({
    queryKey: [...myCalloutsKey, 'list', params] as const,
    queryFn: ({ signal }) => apiFetch<Page<MyCallout>>('/warnings/callouts/mine', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval,
  });

/** How many of the user's call-outs still wait for 收到 or 反馈 (the header badge). */
export const useOpenCalloutCount = (refetchInterval: RefetchInterval) =>
  useQuery({
    queryKey: [...myCalloutsKey, 'open-count'] as const,
    queryFn: ({ signal }) => apiFetch<Page<MyCallout>>('/warnings/callouts/mine', { query: { open: 'true', limit: 1, offset: 0 }, signal }),
    select: (page) => page.total,
    refetchInterval,
  });

export const useCoverage = (params: { from: string; regionCode: string | undefined }, enabled: boolean) =>
  useQuery({
    queryKey: [...coverageKey, params] as const,
    queryFn: ({ signal }) => apiFetch<CoverageReport>('/warnings/coverage', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** A feedback photo; the session cookie authorises it like any other request. */
export const attachmentUrl = (recipientId: string, attachmentId: string) => apiUrl(`/warnings/recipients/${enc(recipientId)}/attachments/${enc(attachmentId)}`);
