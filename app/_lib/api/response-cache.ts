/**
 * Serialised answers of the API by query, per corpus. A corpus never changes (a changed folder makes a new corpus
 * object), so an answer stays right for as long as its corpus is the current one, and goes with it (a WeakMap).
 * Many readers look at the same windows (the default one, a shared link's): they get the same bytes without the
 * events being gathered and serialised again. Least recently used answers go first; big ones are not kept.
 */
const caches = new WeakMap<object, Map<string, Uint8Array<ArrayBuffer>>>();
const encoder = new TextEncoder();
const MAX_ENTRIES = 400;
const MAX_BODY = 256 * 1024;

/** The answer as UTF-8 bytes, encoded once (the same bytes go out to every reader). */
export function cachedJson(owner: object, key: string, make: () => unknown): Uint8Array<ArrayBuffer> {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const body = encoder.encode(JSON.stringify(make()));
  if (body.byteLength <= MAX_BODY) {
    cache.set(key, body);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return body;
}

/** `cachedJson` for an answer that takes a query to make (the database's). */
export async function cachedJsonAsync(
  owner: object,
  key: string,
  make: () => Promise<unknown>,
): Promise<Uint8Array<ArrayBuffer>> {
  const hit = caches.get(owner)?.get(key);
  if (hit !== undefined) return cachedJson(owner, key, () => null);
  const value = await make();
  return cachedJson(owner, key, () => value);
}

/** The same query whatever the order of its parameters. */
export function queryKey(params: URLSearchParams): string {
  return [...params]
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}
