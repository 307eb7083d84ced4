/** Small HTTP helpers for talking to a running CMS as a visitor or an admin user. */

export interface StrapiError {
  status: number;
  name: string;
  message: string;
  details: Record<string, unknown>;
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T = any>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, init.headers);
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Logs into the admin panel and returns the admin JWT. */
export async function adminLogin(base: string, user: { email: string; password: string }): Promise<string> {
  const reply = await request<{ data?: { token: string } }>(base, '/admin/login', { method: 'POST', body: user });
  if (reply.status !== 200 || !reply.body.data?.token) {
    throw new Error(`Admin login failed for ${user.email}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body.data.token;
}

export const CM = '/content-manager/collection-types';
