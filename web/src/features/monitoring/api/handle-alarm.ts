import type { Alarm, AlarmClose, AlarmDetail, AlarmNote } from '@shouwang/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { alarmDetailKey } from './get-alarm';
import { alarmsKey, pointsKey } from './types';

const path = (id: string, action: string) => `/alarms/${encodeURIComponent(id)}/${action}`;

export const acknowledgeAlarm = (id: string, note: string) => apiFetch<Alarm>(path(id, 'acknowledge'), { method: 'POST', body: { note } });
export const addAlarmNote = (id: string, body: AlarmNote) => apiFetch<AlarmDetail>(path(id, 'notes'), { method: 'POST', body });
export const closeAlarm = (id: string, body: AlarmClose) => apiFetch<Alarm>(path(id, 'close'), { method: 'POST', body });

/** A handled alarm changes the queue, its own timeline and its point's open-alarm count. */
function refresh(queryClient: QueryClient) {
  return Promise.all([queryClient.invalidateQueries({ queryKey: alarmsKey }), queryClient.invalidateQueries({ queryKey: pointsKey })]);
}

export function useAcknowledgeAlarm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: ({ id, note }: { id: string; note: string }) => acknowledgeAlarm(id, note), onSuccess: () => refresh(queryClient) });
}

export function useAddAlarmNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AlarmNote }) => addAlarmNote(id, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(alarmDetailKey(detail.id), detail);
      return refresh(queryClient);
    },
  });
}

export function useCloseAlarm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: AlarmClose }) => closeAlarm(id, body), onSuccess: () => refresh(queryClient) });
}
