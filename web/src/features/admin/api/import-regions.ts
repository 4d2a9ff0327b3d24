import type { RegionImportResult } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUrl } from '../../../lib/api-client';
import { ApiError, toApiError } from '../../../lib/api-error';
import { CSRF_HEADER, currentCsrfToken } from '../../../lib/csrf-token';
import { getLanguage, translate } from '../../../lib/i18n';

export interface RegionImportRequest {
  csv: string;
  dryRun: boolean;
}

/** The shared client only sends JSON; this endpoint takes the file itself as text/csv. */
export async function importRegions({ csv, dryRun }: RegionImportRequest): Promise<RegionImportResult> {
  const headers = new Headers({
    Accept: 'application/json',
    'Accept-Language': getLanguage(),
    'Content-Type': 'text/csv',
  });
  const token = currentCsrfToken();
  if (token) headers.set(CSRF_HEADER, token);
  let response: Response;
  try {
    response = await fetch(apiUrl('/regions/import', { dryRun }), {
      method: 'POST',
      headers,
      body: csv,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: translate('error.network') });
  }
  if (!response.ok) throw await toApiError(response, translate('error.http', { status: response.status }));
  return (await response.json()) as RegionImportResult;
}

export function useImportRegions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRegions,
    onSuccess: (result) => {
      // Written divisions appear in every region picker and on the map.
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['regions'] });
    },
  });
}
