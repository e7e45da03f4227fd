/**
 * Compiles the modules the components load on demand (the dialog, the row menu, the table's
 * dialogs and bulk bar) before a file's tests start. Under Vitest the first `import()` of each
 * is transformed on the spot, which on a loaded machine can outlast a test's wait; how they load
 * and fail is tested on its own in tests/unit/loading/.
 *
 * @example
 * ```ts
 * beforeAll(loadOnDemandChunks);
 * ```
 */
export async function loadOnDemandChunks() {
  await Promise.all([
    import('../../src/components/InviteDialog/InviteDialogAssembled'),
    import('../../src/components/UserInvitesTable/parts/UserInvitesTableRowMenuContent'),
    import('../../src/components/UserInvitesTable/parts/UserInvitesTableDialogsContent'),
    import('../../src/components/UserInvitesTable/parts/UserInvitesTableBulkBarContent'),
  ]);
}
