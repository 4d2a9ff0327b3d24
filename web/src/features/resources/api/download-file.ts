import { apiUrl, type QueryValue } from '../../../lib/api-client';
import { ApiError, toApiError } from '../../../lib/api-error';
import { getLanguage, translate } from '../../../lib/i18n';

/** `attachment; filename="a.csv"; filename*=UTF-8''%E9%98%9F.csv` → the best name it offers. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads a file the API serves as an attachment. Fetched rather than navigated to, so a refusal
 * shows as a message instead of replacing the page with JSON. Resolves to the saved file's name.
 */
export async function downloadFile(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { headers: { 'Accept-Language': getLanguage() }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: translate('error.network') });
  }
  if (!response.ok) throw await toApiError(response, translate('error.http', { status: response.status }));
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(await response.blob(), name);
  return name;
}
