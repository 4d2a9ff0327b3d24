import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Notice, NoticeInput } from '@shouwang/contracts';

/** regionCode omitted = the poster's own region. */
export type NoticeRequest = NoticeInput;

export function postNotice(body: NoticeRequest): Promise<Notice> {
  return apiFetch<Notice>('/system/notices', { method: 'POST', body });
}

export const usePostNotice = () => useMutation({ mutationFn: postNotice });
