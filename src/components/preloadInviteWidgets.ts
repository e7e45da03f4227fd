'use client';

import { inviteFileReaders } from './InviteForm/useImportInviteFiles';
import { inviteDialogAssembled } from './InviteDialog/InviteDialog';
import { bulkBarContent } from './UserInvitesTable/parts/UserInvitesTableBulkBar';
import { tableDialogs } from './UserInvitesTable/parts/UserInvitesTableDialogs';
import { rowMenuContent } from './UserInvitesTable/parts/UserInvitesTableRowMenu';

const onDemand = [
  inviteDialogAssembled,
  rowMenuContent,
  tableDialogs,
  bulkBarContent,
  inviteFileReaders,
];

/**
 * Fetches now every part the components otherwise fetch on first use: the dialog of
 * `InviteDialog`, the table's row menu, its confirm and edit dialogs and its bulk bar, and the
 * form's file readers. After it, a click opens them in the same render.
 *
 * In tests, call it once before the first render: a dialog is then in the DOM as soon as the
 * click that opens it returns, with no race against the chunk. In a page, call it when a person
 * is on their way to the settings page (a hover on its link).
 *
 * It never rejects: it resolves to the reasons of the parts that could not be fetched (empty
 * when all arrived), and each of those is fetched again when it is used, and says so if it
 * still cannot be.
 *
 * @example
 * ```ts
 * import { preloadInviteWidgets } from 'invite-widgets';
 * beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]));
 * ```
 */
export async function preloadInviteWidgets(): Promise<unknown[]> {
  const settled = await Promise.allSettled(onDemand.map((module) => module.load()));
  return settled.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
}
