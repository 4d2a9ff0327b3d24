/** A signed-in API session for test set-up, the way a non-browser client would hold one. */
export interface ApiSession {
  post: (path: string, body: unknown) => Promise<Response>;
  get: (path: string) => Promise<Response>;
}

export async function apiLogin(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter(Boolean);
  const csrf = cookies.find((c) => c.startsWith('csrf_token='))?.slice('csrf_token='.length);
  if (!csrf) throw new Error('login answered without a csrf_token cookie');
  const cookie = cookies.join('; ');
  return {
    get: (path) => fetch(`${baseUrl}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) }),
    post: (path, body) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': decodeURIComponent(csrf), 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      }),
  };
}
