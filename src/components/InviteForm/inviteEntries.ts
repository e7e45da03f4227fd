import { isValidEmail, normalizeEmail } from '../../client/email';
import type { SendUserInviteError } from '../../client/types';
import type { ParsedInvitee } from '../../parse/parseInviteList';

/**
 * One person in the form: an address as typed, its details, and what happened when it was
 * last sent (`error`), if it failed.
 *
 * @example
 * ```ts
 * const entry: InviteEntry = { email: 'ada@example.com', firstName: 'Ada', roleKey: 'admin' };
 * ```
 */
export interface InviteEntry extends ParsedInvitee {
  /** Why the last send of this address failed; cleared when it is sent again. */
  error?: SendUserInviteError;
}

/**
 * What is wrong with an entry before or after sending.
 *
 * @example
 * ```ts
 * const problem: InviteEntryProblem = 'invalid';
 * ```
 */
export type InviteEntryProblem = 'invalid' | 'pending' | 'failed';

export const entryKey = (entry: Pick<InviteEntry, 'email'>) => normalizeEmail(entry.email);

/** Adds parsed people to the entries; the same address twice (any case) is kept once. */
export function mergeEntries(
  current: InviteEntry[],
  incoming: ParsedInvitee[],
): { entries: InviteEntry[]; duplicates: number } {
  const seen = new Set(current.map(entryKey));
  const added: InviteEntry[] = [];
  let duplicates = 0;
  for (const person of incoming) {
    const key = entryKey(person);
    if (key === '') continue;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    added.push(person);
  }
  return { entries: added.length > 0 ? [...current, ...added] : current, duplicates };
}

/** The entry's problem, most pressing first: a failed send, an invalid address, a pending invite. */
export function entryProblem(
  entry: InviteEntry,
  pendingEmails: ReadonlySet<string>,
): InviteEntryProblem | null {
  if (entry.error) return 'failed';
  if (!isValidEmail(entry.email)) return 'invalid';
  if (pendingEmails.has(entryKey(entry))) return 'pending';
  return null;
}
