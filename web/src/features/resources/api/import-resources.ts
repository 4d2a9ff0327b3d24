import type { ImportResult, ResourceCollection } from '@shouwang/contracts';
import { apiUrl } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { CSRF_HEADER, currentCsrfToken } from '../../../lib/csrf-token';
import { getLanguage, translate } from '../../../lib/i18n';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const isSpreadsheet = (file: File) => /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE;

export interface ImportUpload {
  collection: ResourceCollection;
  file: File;
  dryRun: boolean;
  /** 0…1 while the body is being sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function errorFrom(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new ApiError(xhr.status, {
        code: body.code,
        message: body.message,
        details: body.details,
        requestId: typeof body.requestId === 'string' ? body.requestId : undefined,
      });
    }
  } catch {
    // not JSON (a proxy's error page)
  }
  return new ApiError(xhr.status, { code: `HTTP_${xhr.status}`, message: translate('error.http', { status: xhr.status }) });
}

/**
 * `POST /resources/{collection}/import?dryRun=…` with the file itself as the body. XMLHttpRequest
 * rather than fetch because only it reports upload progress, which large spreadsheets need.
 */
export function uploadImport({ collection, file, dryRun, onProgress, signal }: ImportUpload): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/resources/${collection}/import`, { dryRun }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getLanguage());
    xhr.setRequestHeader('Content-Type', isSpreadsheet(file) ? XLSX_TYPE : 'text/csv');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportResult);
        } catch {
          reject(new ApiError(xhr.status, { code: 'BAD_RESPONSE', message: translate('error.unknown') }));
        }
        return;
      }
      if (xhr.status === 401) window.location.assign('/login');
      reject(errorFrom(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK_ERROR', message: translate('error.network') }));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('upload cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
