/**
 * Runs `work` over `items`, at most `limit` at a time, and gives the results in the order of
 * `items`: a batch goes out as one request per item without flooding the server.
 *
 * @example
 * ```ts
 * const outcomes = await mapLimited(addresses, 4, (email) => organization.inviteMember({ email, role }));
 * ```
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(runners);
  return results;
}
