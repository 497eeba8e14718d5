/**
 * The engine's per-word and per-syllable caches: a plain Map that is emptied when it reaches its
 * limit (cheaper than tracking recency, and words recur within a text, not across the whole run).
 * Each cache is cleared by clearAnnotateCaches through its module's own clear function.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit = 20_000): V {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}
