/**
 * Runs `task` over `items`, at most `limit` at a time, in order of start; resolves when every
 * task has settled (a failure never stops the others). `onSettled` hears each one as it ends.
 *
 * @example
 * ```ts
 * await runWithConcurrency(invites, 4, (invite) => resend(invite.id), () => setDone((n) => n + 1));
 * ```
 */
export async function runWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
  onSettled?: (item: T) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      try {
        await task(item);
      } catch {
        // The task reports its own failure; the pool only keeps going.
      }
      onSettled?.(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
