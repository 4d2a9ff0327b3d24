import { readCookie } from './cookies';

export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';

// The cookie is the source of truth; the copy from MeResponse covers browsers that hide it.
let lastKnownToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  lastKnownToken = token;
}

export function currentCsrfToken(): string | null {
  return readCookie(CSRF_COOKIE) ?? lastKnownToken;
}
