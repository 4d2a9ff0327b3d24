import type { CalloutFeedbackInput, Recipient } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../../lib/api-client';
import { calloutsKey } from './callout-queries';

const path = (recipientId: string, step: string) => `/warnings/recipients/${encodeURIComponent(recipientId)}/${step}`;

export const markCalloutRead = (recipientId: string) => apiFetch<Recipient>(path(recipientId, 'read'), { method: 'POST' });
export const acknowledgeCallout = (recipientId: string, note: string) => apiFetch<Recipient>(path(recipientId, 'acknowledge'), { method: 'POST', body: { note } });
export const sendCalloutFeedback = (recipientId: string, body: CalloutFeedbackInput) => apiFetch<Recipient>(path(recipientId, 'feedback'), { method: 'POST', body });
export const recallCallout = (recipientId: string, channel: 'sms' | 'voice') => apiFetch<Recipient>(path(recipientId, 'recall'), { method: 'POST', body: { channel } });

/** Every answer changes the board, the lists and the user's own call-outs: all of them refetch. */
function useAnswer<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: calloutsKey }) });
}

export const useMarkRead = () => useAnswer((recipientId: string) => markCalloutRead(recipientId));
export const useAcknowledge = () => useAnswer(({ id, note }: { id: string; note: string }) => acknowledgeCallout(id, note));
export const useFeedback = () => useAnswer(({ id, body }: { id: string; body: CalloutFeedbackInput }) => sendCalloutFeedback(id, body));

/** One person, or every unanswered person of a region, one after the other (the server queues each call). */
export const useRecall = () =>
  useAnswer(async ({ ids, channel }: { ids: string[]; channel: 'sms' | 'voice' }) => {
    for (const id of ids) await recallCallout(id, channel);
    return ids.length;
  });
