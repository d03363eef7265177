/** Why loading data failed, for the message shown and the details logged. */
export type LoadFailure =
  | { reason: "cross-origin"; url: string }
  | { reason: "http"; url: string; status: number }
  | { reason: "network"; url: string; detail: string }
  | { reason: "timeout"; url: string; timeoutMs: number }
  | { reason: "too-large"; url: string; maxBytes: number }
  | { reason: "invalid-json"; url: string; detail: string };

/** The outcome of loading JSON data. */
export type LoadResult = { ok: true; data: unknown } | ({ ok: false } & LoadFailure);

/** Limits for {@link loadJson}. */
export interface LoadOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** The page's base URL and origin, to resolve relative URLs and keep requests same-origin. */
  baseUrl: string;
  /** Aborts this load (the element's data changed or it left the page). */
  signal?: AbortSignal;
}

/** The default timeout: 10 s. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest timeout a browser timer can wait (2³¹ − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** The size limit: 2 MB (the largest real evaluation is about 60 KB). */
export const MAX_BYTES = 2 * 1024 * 1024;

/** Parses JSON text, as a result rather than an exception. */
export function parseJson(text: string, url: string): LoadResult {
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, reason: "invalid-json", url, detail: String(error) };
  }
}

/** One request in flight, shared by every load of its URL until the last of them is abandoned. */
interface Shared {
  result: Promise<LoadResult>;
  controller: AbortController;
  users: number;
}

const inFlight = new Map<string, Shared>();

/**
 * Loads JSON from a same-origin URL with a timeout and a size limit. Concurrent loads of one URL
 * share one request, which is aborted once every load that uses it is aborted or timed out. The
 * timeout ends the load even when `fetch` never settles. Never throws.
 */
export function loadJson(
  src: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS, baseUrl, signal }: LoadOptions,
): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return Promise.resolve({ ok: false, reason: "network", url: src, detail: "not a URL" });
  }
  if (url.origin !== new URL(baseUrl).origin)
    return Promise.resolve({ ok: false, reason: "cross-origin", url: url.href });
  const href = url.href;
  let shared = inFlight.get(href);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, users: 0, result: request(href, url.origin, controller) };
    void entry.result.then(() => inFlight.get(href) === entry && inFlight.delete(href));
    inFlight.set(href, (shared = entry));
  }
  return share(shared, href, timeoutMs, signal);
}

/** One load's use of a shared request: its own timeout and abort signal. */
function share(shared: Shared, href: string, timeoutMs: number, signal?: AbortSignal): Promise<LoadResult> {
  shared.users++;
  return new Promise<LoadResult>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    let settled = false;
    const done = (result: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", abandon);
      // Released after this task, so that a load superseded by one of the same URL keeps the request.
      setTimeout(() => {
        if (--shared.users) return;
        if (inFlight.get(href) === shared) inFlight.delete(href);
        shared.controller.abort();
      });
      resolve(result);
    };
    const abandon = () => done({ ok: false, reason: "network", url: href, detail: "aborted" });
    timer = setTimeout(() => done({ ok: false, reason: "timeout", url: href, timeoutMs }), timeoutMs);
    signal?.addEventListener("abort", abandon);
    void shared.result.then(done);
  });
}

/**
 * The request itself, with the page's own credentials policy (`same-origin`). The final URL of the
 * response (after any redirect) must be on the page's origin too.
 */
async function request(href: string, origin: string, controller: AbortController): Promise<LoadResult> {
  try {
    const response = await fetch(href, {
      signal: controller.signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    if (response.redirected && new URL(response.url).origin !== origin)
      return { ok: false, reason: "cross-origin", url: response.url };
    if (!response.ok) return { ok: false, reason: "http", url: href, status: response.status };
    const bytes = Number(response.headers.get("content-length")) > MAX_BYTES ? null : await readLimited(response);
    if (bytes === null) {
      controller.abort();
      return { ok: false, reason: "too-large", url: href, maxBytes: MAX_BYTES };
    }
    return parseJson(new TextDecoder().decode(bytes), href);
  } catch (error) {
    return { ok: false, reason: "network", url: href, detail: String(error) };
  }
}

/** Reads a response body up to {@link MAX_BYTES}; `null` when it is longer. */
async function readLimited(response: Response): Promise<Uint8Array | null> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.length > MAX_BYTES ? null : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
