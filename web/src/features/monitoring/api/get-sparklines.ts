import type { Sparklines } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sparklinesKey } from './types';

/** pointId → [[epoch ms, value], …], oldest first. */
export type SparklineData = Sparklines;

/** The server takes at most 100 ids a request. */
const IDS_PER_REQUEST = 100;

export async function fetchSparklines(ids: readonly string[], minutes: number, signal?: AbortSignal): Promise<SparklineData> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
  const answers = await Promise.all(
    chunks.map((chunk) => apiFetch<SparklineData>('/monitoring/sparklines', { query: { ids: chunk.join(','), minutes }, signal })),
  );
  return Object.assign({}, ...answers) as SparklineData;
}

/** The last `minutes` of every point on the board, in as few requests as the server allows. */
export const useSparklines = (ids: readonly string[], minutes = 60) =>
  useQuery({
    queryKey: [...sparklinesKey, minutes, ids.join(',')] as const,
    queryFn: ({ signal }) => fetchSparklines(ids, minutes, signal),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
