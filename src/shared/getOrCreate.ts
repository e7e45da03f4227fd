/**
 * The value under `key`, made by `create` and stored on first use: the one-per-QueryClient (or
 * per provider value) registries are built from it.
 *
 * @example
 * ```ts
 * const byTenant = getOrCreate(registry, queryClient, () => new Map());
 * ```
 */
export function getOrCreate<K extends object, V>(map: WeakMap<K, V>, key: K, create: () => V): V;
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V;
export function getOrCreate<K extends object, V>(
  map: Map<K, V> | WeakMap<K, V>,
  key: K,
  create: () => V,
): V {
  if (map.has(key)) return map.get(key) as V;
  const value = create();
  map.set(key, value);
  return value;
}
