import type { ParsedInvitee } from '../../parse/parseInviteList';

// What the form needs to know about files before it reads one; the readers themselves live in
// readInviteFile.ts, loaded only when someone imports a file.

/**
 * What the file picker offers: CSV and plain-text lists, and contact cards.
 *
 * @example
 * ```tsx
 * <input type="file" accept={INVITE_FILE_ACCEPT} />
 * ```
 */
export const INVITE_FILE_ACCEPT = '.csv,.txt,.vcf,text/csv,text/plain,text/vcard,text/x-vcard';

/**
 * The largest file the form reads (5 MB: some 100,000 addresses).
 *
 * @example
 * ```ts
 * if (file.size > MAX_INVITE_FILE_BYTES) refuse();
 * ```
 */
export const MAX_INVITE_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Why a file gave no people: not a list or contact file, too large, or unreadable.
 *
 * @example
 * ```ts
 * const reason: InviteFileProblem = 'tooLarge';
 * ```
 */
export type InviteFileProblem = 'unsupported' | 'tooLarge' | 'unreadable';

/**
 * What {@link readInviteFile} found: the people, or why there are none.
 *
 * @example
 * ```ts
 * const read: InviteFileResult = { people: [{ email: 'ada@example.com' }] };
 * ```
 */
export type InviteFileResult = { people: ParsedInvitee[] } | { problem: InviteFileProblem };

/** True for a contact card (`.vcf`, `text/vcard`). @example isVCard(new File([''], 'a.vcf')) */
export const isVCard = (file: Pick<File, 'name' | 'type'>) =>
  /\.vcf$/i.test(file.name) || /vcard/i.test(file.type);

/**
 * True for a file the form can import: `.csv`, `.txt`, `.vcf`, or any text type.
 *
 * @example
 * ```ts
 * isInviteFile(new File([''], 'team.csv')); // true
 * isInviteFile(new File([''], 'photo.png', { type: 'image/png' })); // false
 * ```
 */
export function isInviteFile(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.(csv|txt|vcf)$/i.test(file.name) || /^text\//i.test(file.type) || isVCard(file);
}
