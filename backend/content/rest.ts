// The seed's REST client: @wordpress/api-fetch over Node's fetch, authenticated with the
// Application Password that backend/php/install.php created.
import apiFetch from '@wordpress/api-fetch';

const base = required('WORDPRESS_URL').replace(/\/$/, '');
const auth =
  'Basic ' +
  Buffer.from(`${required('WORDPRESS_APP_USER')}:${required('WORDPRESS_APP_PASSWORD')}`).toString('base64');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through backend/wp.sh)`);
  return value;
}

apiFetch.setFetchHandler(async (options) => {
  const { path = '', method = 'GET', data, body } = options;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: auth,
    ...(options.headers as Record<string, string> | undefined),
  };
  let payload = body as BodyInit | undefined;
  if (data !== undefined) {
    payload = JSON.stringify(data);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${base}/wp-json${path}`, { method, headers, body: payload });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
});

export function post<T>(path: string, data: Record<string, unknown>): Promise<T> {
  return apiFetch<T>({ path, method: 'POST', data });
}

export function upload<T>(path: string, form: FormData): Promise<T> {
  return apiFetch<T>({ path, method: 'POST', body: form });
}

export function get<T>(path: string): Promise<T> {
  return apiFetch<T>({ path });
}
