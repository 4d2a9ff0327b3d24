import type { ErrorBody } from '@shouwang/contracts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['code'] === 'string' && typeof v['message'] === 'string';
}

/** Turns any failed response into an ApiError, even when a proxy answered with HTML. */
export async function toApiError(response: Response, fallbackMessage: string): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // non-JSON error page; keep the fallback message
  }
  if (isErrorBody(body)) return new ApiError(response.status, body);
  return new ApiError(response.status, { code: `HTTP_${response.status}`, message: fallbackMessage });
}
