import type { Ack } from '@clearline/protocol';
import { ClearlineError } from './errors.ts';

async function unwrap<T>(res: Response): Promise<T> {
  let body: Ack<T>;
  try {
    body = (await res.json()) as Ack<T>;
  } catch {
    throw new ClearlineError(res.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED', `HTTP ${res.status}`);
  }
  if (!body.ok) throw ClearlineError.from(body.error);
  return body.data;
}

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  return unwrap<T>(await fetch(url, { headers, credentials: 'same-origin' }));
}

export async function postJson<T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return unwrap<T>(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    }),
  );
}

/** POST that also returns the response, for reading Set-Cookie outside browsers. */
export async function postJsonRaw<T>(url: string, body: unknown): Promise<{ data: T; response: Response }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  return { data: await unwrap<T>(response.clone()), response };
}

export async function deleteJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  return unwrap<T>(await fetch(url, { method: 'DELETE', headers, credentials: 'same-origin' }));
}

/** GET of a file: its text and the name the server suggests; errors arrive as the usual JSON envelope. */
export async function getTextFile(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ fileName: string | null; text: string }> {
  const res = await fetch(url, { headers, credentials: 'same-origin' });
  if (!res.ok) await unwrap<never>(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
  return { fileName: name, text: await res.text() };
}

/** POST of raw bytes (a file upload): `application/octet-stream` with the given headers. */
export async function postBytes<T>(
  url: string,
  body: Blob | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
): Promise<T> {
  return unwrap<T>(
    await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body,
      credentials: 'same-origin',
    }),
  );
}
