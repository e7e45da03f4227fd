import { parseInviteList } from '../../parse/parseInviteList';
import { MAX_INVITE_FILE_BYTES, isInviteFile, isVCard, type InviteFileResult } from './inviteFile';
import { readVCard } from './readVCard';

/**
 * Text from a file's bytes, whatever program saved it: UTF-8, UTF-16 with its byte order mark
 * (Outlook's "Unicode" CSV), else Windows-1252 (older Excel and Outlook exports).
 *
 * @example
 * ```ts
 * decodeInviteFile(await file.arrayBuffer()); // 'email\nada@example.com'
 * ```
 */
export function decodeInviteFile(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads a dropped or chosen file in the browser (nothing is uploaded) and finds its people:
 * contact cards with the vCard reader, everything else with {@link parseInviteList}, the same
 * parser as typed and pasted text (header detection, quoted cells, contact exports).
 *
 * @example
 * ```ts
 * const read = await readInviteFile(input.files[0]);
 * if ('people' in read) add(read.people);
 * ```
 */
export async function readInviteFile(file: File): Promise<InviteFileResult> {
  if (!isInviteFile(file)) return { problem: 'unsupported' };
  if (file.size > MAX_INVITE_FILE_BYTES) return { problem: 'tooLarge' };
  let text: string;
  try {
    text = decodeInviteFile(await file.arrayBuffer());
  } catch {
    return { problem: 'unreadable' };
  }
  return { people: isVCard(file) ? readVCard(text) : parseInviteList(text) };
}
