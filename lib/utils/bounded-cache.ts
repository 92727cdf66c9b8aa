/**
 * A Map that cannot grow without bound: at most `maxEntries` (the least recently used leaves
 * first) and, with `ttlMs`, none older than that. For any cache that lives as long as the server
 * process: one keyed by something a request supplies would otherwise grow with the traffic.
 */
export type BoundedCacheOptions<K, V> = {
  maxEntries: number;
  /** Entries older than this are treated as absent and dropped when next seen. */
  ttlMs?: number;
  /** Called for each entry that leaves by eviction, expiry, delete or clear (to close a connection, say). */
  onEvict?: (key: K, value: V) => void;
  now?: () => number;
};

export type BoundedCache<K, V> = {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  /** The cached value, or the one `create` makes (stored, and evicting the least recently used if full). */
  getOrCreate(key: K, create: () => V): V;
  delete(key: K): boolean;
  clear(): void;
  readonly size: number;
};

export function createBoundedCache<K, V>({ maxEntries, ttlMs, onEvict, now = Date.now }: BoundedCacheOptions<K, V>): BoundedCache<K, V> {
  if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new Error(`createBoundedCache: maxEntries must be a positive integer, not ${maxEntries}`);
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  const entries = new Map<K, { value: V; storedAt: number }>();

  const remove = (key: K) => {
    const entry = entries.get(key);
    if (!entry) return false;
    entries.delete(key);
    onEvict?.(key, entry.value);
    return true;
  };

  const get = (key: K) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (ttlMs !== undefined && now() - entry.storedAt >= ttlMs) return void remove(key);
    entries.delete(key);
    entries.set(key, entry);
    return entry.value;
  };

  const set = (key: K, value: V) => {
    const existing = entries.get(key);
    if (existing && existing.value !== value) remove(key);
    entries.delete(key);
    entries.set(key, { value, storedAt: now() });
    while (entries.size > maxEntries) remove(entries.keys().next().value as K);
  };

  return {
    get,
    set,
    getOrCreate(key, create) {
      const hit = get(key);
      if (hit !== undefined) return hit;
      const value = create();
      set(key, value);
      return value;
    },
    delete: remove,
    clear() {
      for (const key of [...entries.keys()]) remove(key);
    },
    get size() {
      return entries.size;
    },
  };
}
