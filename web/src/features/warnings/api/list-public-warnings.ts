import type { PublicWarning } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, apiUrl } from '../../../lib/api-client';
import { publicWarningsKey, type Page } from './types';

/** Nobody signed in gets live pushes: the public page asks again every minute. */
const REFRESH_MS = 60_000;
/** Warnings in force at once are few; one page holds them all. */
const LIMIT = 200;

export function fetchPublicWarnings(signal?: AbortSignal): Promise<Page<PublicWarning>> {
  return apiFetch<Page<PublicWarning>>('/warnings/public', { query: { limit: LIMIT }, signal, skipAuthRedirect: true });
}

/** The warnings in force, every region, newest first; no sign-in (GET /api/warnings/public). */
export const usePublicWarnings = () =>
  useQuery({ queryKey: [...publicWarningsKey, 'list'] as const, queryFn: ({ signal }) => fetchPublicWarnings(signal), refetchInterval: REFRESH_MS });

/** The public Atom feed of the warnings in force, each entry linking to its CAP document. */
export const WARNINGS_FEED_URL = apiUrl('/warnings/feed.atom');
