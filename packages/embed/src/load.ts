/** Why loading data failed, for the message shown and the details logged. */
export type LoadFailure =
  | { reason: "missing" }
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
  /** Refuse responses larger than this many bytes (default 2 MB). */
  maxBytes?: number;
  /** The page's base URL and origin, to resolve relative URLs and keep requests same-origin. */
  baseUrl: string;
}

/** The default timeout: 10 s. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The default size limit: 2 MB (the largest real evaluation is about 60 KB). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Parses JSON text, as a result rather than an exception. */
export function parseJson(text: string, url: string): LoadResult {
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, reason: "invalid-json", url, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Fetches JSON from a same-origin URL with a timeout and a size limit, reading the body as a
 * stream so that an oversized response is abandoned as soon as it passes the limit. Only this URL
 * is requested, with the page's own credentials policy (`same-origin`); a URL on another origin is
 * refused without a request. Never throws.
 */
export async function loadJson(
  src: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, baseUrl }: LoadOptions,
): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return { ok: false, reason: "network", url: src, detail: "not a URL" };
  }
  if (url.origin !== new URL(baseUrl).origin) return { ok: false, reason: "cross-origin", url: url.href };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url.href, {
      signal: controller.signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    if (!response.ok) return { ok: false, reason: "http", url: url.href, status: response.status };
    const declared = Number(response.headers.get("content-length"));
    if (declared > maxBytes) {
      controller.abort();
      return { ok: false, reason: "too-large", url: url.href, maxBytes };
    }
    const bytes = await readLimited(response, maxBytes);
    if (bytes === null) {
      controller.abort();
      return { ok: false, reason: "too-large", url: url.href, maxBytes };
    }
    return parseJson(new TextDecoder().decode(bytes), url.href);
  } catch (error) {
    if (timedOut) return { ok: false, reason: "timeout", url: url.href, timeoutMs };
    return {
      ok: false,
      reason: "network",
      url: url.href,
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a response body up to `maxBytes`; `null` when it is longer. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.length > maxBytes ? null : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
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
