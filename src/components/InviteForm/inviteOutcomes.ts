import type { InviteErrorCode } from '../../client/errors';
import { entryKey, type InviteEntry, type InviteEntryProblem } from './inviteEntries';

/**
 * The error codes a second try can cure: the server was out of reach, busy, or failed in a way
 * it did not explain. Every other code (already a member, already invited, invalid address,
 * forbidden…) fails the same way again, so the form offers "Remove" for those, never "Retry".
 *
 * @example
 * ```ts
 * RETRYABLE_INVITE_ERROR_CODES.includes('network'); // true
 * ```
 */
export const RETRYABLE_INVITE_ERROR_CODES: readonly InviteErrorCode[] = [
  'network',
  'rate_limited',
  'unknown',
];

/**
 * True when a failure with `code` may succeed if the same invite is sent again. The one home of
 * this rule: the form's groups, its primary button and its retry all ask it.
 *
 * @example
 * ```ts
 * isRetryableInviteError('rate_limited'); // true
 * isRetryableInviteError('already_member'); // false
 * ```
 */
export function isRetryableInviteError(code: string): boolean {
  return (RETRYABLE_INVITE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Why the entries of a {@link InviteProblemGroup} need attention:
 * - `failed`: the backend refused them; `retryable` tells whether a retry can help
 * - `invalid`: not an email address (found before sending, or refused as `invalid_email`)
 * - `already_invited`: a pending invite exists (found before sending, or refused as such)
 * - `already_member`: the person is in the team already
 *
 * @example
 * ```ts
 * const reason: InviteProblemReason = 'already_invited';
 * ```
 */
export type InviteProblemReason = 'failed' | 'invalid' | 'already_invited' | 'already_member';

/**
 * Entries that need attention for one reason, shown as one line ("400 couldn't be sent: …").
 *
 * @example
 * ```ts
 * const group: InviteProblemGroup = {
 *   id: 'failed:network', reason: 'failed', code: 'network', retryable: true, entries,
 * };
 * ```
 */
export interface InviteProblemGroup {
  /** Stable while the reason stays: `invalid`, `already_invited`, `failed:network`… */
  id: string;
  reason: InviteProblemReason;
  /** The backend's code, for `failed` groups. */
  code?: InviteErrorCode;
  /** With `rate_limited`: the longest wait the backend asked for. */
  retryAfterMs?: number;
  /** Whether sending these again can succeed ({@link isRetryableInviteError}). */
  retryable: boolean;
  /** In the order of the field. */
  entries: InviteEntry[];
}

const ORDER: Record<InviteProblemReason, number> = {
  failed: 0,
  already_member: 1,
  already_invited: 2,
  invalid: 3,
};

function reasonOf(entry: InviteEntry, problem: InviteEntryProblem): [string, InviteProblemReason] {
  if (problem === 'invalid') return ['invalid', 'invalid'];
  if (problem === 'pending') return ['already_invited', 'already_invited'];
  const code = entry.error?.code ?? 'unknown';
  if (code === 'invalid_email') return ['invalid', 'invalid'];
  if (code === 'already_invited' || code === 'already_member') return [code, code];
  return [`failed:${code}`, 'failed'];
}

/**
 * Sorts the entries with a problem into one group per reason, in one pass: retryable failures
 * first, then other failures, members, pending invites, invalid addresses.
 *
 * @example
 * ```ts
 * groupInviteProblems(entries, problems).map((group) => `${group.entries.length} ${group.id}`);
 * // ['400 failed:network', '2 already_invited']
 * ```
 */
export function groupInviteProblems(
  entries: readonly InviteEntry[],
  problems: ReadonlyMap<string, InviteEntryProblem>,
): InviteProblemGroup[] {
  if (problems.size === 0) return [];
  const groups = new Map<string, InviteProblemGroup>();
  for (const entry of entries) {
    const problem = problems.get(entryKey(entry));
    if (!problem) continue;
    const [id, reason] = reasonOf(entry, problem);
    let group = groups.get(id);
    if (!group) {
      const code = reason === 'failed' ? (entry.error?.code ?? 'unknown') : undefined;
      group = {
        id,
        reason,
        ...(code ? { code } : {}),
        retryable: code !== undefined && isRetryableInviteError(code),
        entries: [],
      };
      groups.set(id, group);
    }
    group.entries.push(entry);
    const wait = entry.error?.retryAfterMs;
    if (wait !== undefined && wait > (group.retryAfterMs ?? 0)) group.retryAfterMs = wait;
  }
  const rank = (group: InviteProblemGroup) => (group.retryable ? -1 : ORDER[group.reason]);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
