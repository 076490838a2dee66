import { hc } from 'hono/client';
import type { AppType } from '../../../server/app.js';
import type { ErrorBody, ErrorCode } from '../../../server/contract/index.js';

/** An API call that did not succeed; `code` is one of the server's error codes (or `network` when offline). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const readCookie = (name: string) =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1) ?? '';

/**
 * The typed API client: its methods and types come from the server's route definitions, so a renamed
 * field is a compile error here. Every state-changing call echoes the CSRF cookie in a header.
 */
export const api = hc<AppType>('/', {
  headers: () => ({ 'X-CSRF-Token': readCookie('rh_csrf') }),
  init: { credentials: 'same-origin' },
});

type JsonOf<R> = R extends { json(): Promise<infer T> } ? T : never;
/** Successful (2xx) responses of a client call. */
type Ok<R> = R extends { ok: true } ? R : never;

/**
 * Awaits a client call and returns its JSON body, or throws an `ApiError` with the server's code.
 * @example const me = await call(api.api.me.$get());
 */
export async function call<R extends Response>(request: Promise<R>): Promise<JsonOf<Ok<R>>> {
  let res: Response;
  try {
    res = await request;
  } catch {
    throw new ApiError('network', 'Could not reach the server.', 0);
  }
  if (res.status === 204) return undefined as JsonOf<Ok<R>>;
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(error?.code ?? 'internal', error?.message ?? res.statusText, res.status, error?.details);
  }
  return body as JsonOf<Ok<R>>;
}
