import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { NoticeLevel } from '../../live-events/live-event';

export interface NoticeRequest {
  title: string;
  body: string;
  level: NoticeLevel;
  /** Omitted = the poster's own region. */
  regionCode?: string;
}

export function postNotice(body: NoticeRequest): Promise<unknown> {
  return apiFetch<unknown>('/system/notices', { method: 'POST', body });
}

export const usePostNotice = () => useMutation({ mutationFn: postNotice });
