import type { LiveEvent, Notice } from '@shouwang/contracts';

export { SYSTEM_NOTICE_POSTED, type NoticeLevel } from '@shouwang/contracts';

export type SystemNoticePayload = Pick<Notice, 'title' | 'body' | 'level' | 'author'>;

/** Cheap structural check: the bundle stays free of zod, and a bad frame is dropped, not thrown. */
export function parseLiveEvent(data: string): LiveEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v['id'] !== 'string' || typeof v['type'] !== 'string' || typeof v['regionCode'] !== 'string') return null;
    const payload = typeof v['payload'] === 'object' && v['payload'] !== null ? (v['payload'] as Record<string, unknown>) : {};
    return {
      id: v['id'],
      type: v['type'],
      regionCode: v['regionCode'],
      occurredAt: typeof v['occurredAt'] === 'string' ? v['occurredAt'] : new Date().toISOString(),
      payload,
    };
  } catch {
    return null;
  }
}

export function noticePayload(event: LiveEvent): SystemNoticePayload | null {
  const p = event.payload;
  if (typeof p['title'] !== 'string' || typeof p['body'] !== 'string') return null;
  const level = p['level'] === 'warning' || p['level'] === 'urgent' ? p['level'] : 'info';
  return { title: p['title'], body: p['body'], level, author: typeof p['author'] === 'string' ? p['author'] : '' };
}
