import type { AlarmDetail } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, apiUrl } from '../../../lib/api-client';
import { alarmsKey } from './types';

export function fetchAlarm(id: string, signal?: AbortSignal): Promise<AlarmDetail> {
  return apiFetch<AlarmDetail>(`/alarms/${encodeURIComponent(id)}`, { signal });
}

export const alarmDetailKey = (id: string) => [...alarmsKey, 'detail', id] as const;

export const alarmQuery = (id: string) =>
  queryOptions({ queryKey: alarmDetailKey(id), queryFn: ({ signal }) => fetchAlarm(id, signal) });

/** An alarm with its timeline (acknowledgement, notes with photos, escalations, closing). */
export const useAlarm = (id: string | null) => useQuery({ ...alarmQuery(id ?? ''), enabled: id !== null });

/** A photo of a handling note; the session cookie authorises the image request like any other. */
export const alarmAttachmentUrl = (alarmId: string, attachmentId: string) =>
  apiUrl(`/alarms/${encodeURIComponent(alarmId)}/attachments/${encodeURIComponent(attachmentId)}`);
