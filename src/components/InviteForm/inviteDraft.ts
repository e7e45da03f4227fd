import type { InviteEntry } from './inviteEntries';

/*
 * The form's unsent entries, kept in sessionStorage so a reload or a closed dialog loses
 * nothing. A draft belongs to one tenant and one user: it is written and read under both, and
 * never under another.
 */

/**
 * The storage key of the draft of `tenantId` and `userId` (absent when the provider knows no user).
 *
 * @example
 * ```ts
 * inviteDraftKey('acme', 'user_1'); // 'invite-widgets:draft:acme:user_1'
 * ```
 */
export function inviteDraftKey(tenantId: string, userId: string | undefined): string {
  return `invite-widgets:draft:${encodeURIComponent(tenantId)}:${encodeURIComponent(userId ?? '')}`;
}

const storage = (): Storage | undefined => {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // A sandboxed frame throws on the mere access.
    return undefined;
  }
};

/**
 * The draft saved under `key`, or `null` when there is none (or it is not a list of entries).
 *
 * @example
 * ```ts
 * const entries = readInviteDraft(inviteDraftKey(tenantId, userId)) ?? [];
 * ```
 */
export function readInviteDraft(key: string): InviteEntry[] | null {
  try {
    const saved = JSON.parse(storage()?.getItem(key) ?? 'null') as unknown;
    return Array.isArray(saved) &&
      saved.every((entry: { email?: unknown } | null) => typeof entry?.email === 'string')
      ? (saved as InviteEntry[])
      : null;
  } catch {
    return null;
  }
}

/**
 * Saves `entries` under `key`; an empty list removes the draft.
 *
 * @example
 * ```ts
 * writeInviteDraft(inviteDraftKey(tenantId, userId), entries);
 * ```
 */
export function writeInviteDraft(key: string, entries: readonly InviteEntry[]): void {
  try {
    if (entries.length === 0) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or refused: the entries are still in the form.
  }
}
