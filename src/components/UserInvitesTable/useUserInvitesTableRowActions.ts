'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canCancelInvite, canResendInvite, isOpenInviteStatus } from '../../client/status';
import type { UserInvite, UserInvitePatch } from '../../client/types';
import { useCancelInvite } from '../../hooks/useCancelInvite';
import { useCopyInviteLink } from '../../hooks/useCopyInviteLink';
import { useResendInvite } from '../../hooks/useResendInvite';
import { useUpdateInvite } from '../../hooks/useUpdateInvite';
import { describeInviteError, statusLabel } from '../../i18n/describeError';
import { tableMessages } from '../../i18n/messages/tableMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import { useInviteContext } from '../../react/useInviteContext';
import { allowed, inviteName } from './inviteName';
import type { InvitePermission } from './userInvitesTableProps';
import { mapLimited } from '../../shared/mapLimited';

/**
 * What one row shows of an action on it: under way, done, or failed.
 *
 * @example
 * ```ts
 * const feedback: UserInvitesRowFeedback = { action: 'copy', state: 'done' };
 * ```
 */
export interface UserInvitesRowFeedback {
  action: 'resend' | 'cancel' | 'copy' | 'edit';
  state: 'pending' | 'done' | 'failed';
}

/**
 * A bulk action under way (`done < total`) or finished, with what did not happen and why.
 *
 * @example
 * ```ts
 * const bulk: UserInvitesBulkState = { action: 'resend', done: 3, total: 25, succeeded: 3, problems: [] };
 * ```
 */
export interface UserInvitesBulkState {
  action: 'resend' | 'cancel';
  /** Settled so far. */
  done: number;
  total: number;
  succeeded: number;
  /** One line per skipped or failed invite. */
  problems: string[];
}

/**
 * Options of {@link useUserInvitesTableRowActions}.
 *
 * @example
 * ```ts
 * const options: UserInvitesTableRowActionsOptions = { canCancel: (invite) => isMine(invite) };
 * ```
 */
export interface UserInvitesTableRowActionsOptions {
  canResend?: InvitePermission;
  canCancel?: InvitePermission;
  canEdit?: InvitePermission;
  /** Requests a bulk action has in flight at once. Default 4. */
  concurrency?: number;
}

const FEEDBACK_MS = 4000;
// What the live region says once an action on one invite is done.
const DONE = {
  resend: 'table.resent',
  cancel: 'table.canceled',
  copy: 'table.copied',
  edit: 'table.saved',
} as const;
const NONE: ReadonlyMap<string, UserInvitesRowFeedback> = new Map();

/**
 * The row actions of the invites table on the hooks alone: resend, cancel, copy link, edit,
 * and bulk resend and cancel (a few requests at a time, with progress and one summary). Each
 * action leaves feedback on its row and a sentence for a polite live region; one on a single
 * invite resolves to whether it went through.
 *
 * @example
 * ```tsx
 * const actions = useUserInvitesTableRowActions({ canCancel: isAdmin });
 * <button onClick={() => actions.resend(invite)}>Resend</button>
 * <p role="status">{actions.announcement}</p>
 * ```
 */
export function useUserInvitesTableRowActions(options: UserInvitesTableRowActionsOptions = {}) {
  const i18n = useAreaI18n(tableMessages);
  const { client } = useInviteContext();
  const resendMutation = useResendInvite();
  const cancelMutation = useCancelInvite();
  const copyMutation = useCopyInviteLink();
  const updateMutation = useUpdateInvite();
  const [feedback, setFeedback] = useState(NONE);
  const [announcement, setAnnouncement] = useState('');
  const [bulk, setBulk] = useState<UserInvitesBulkState | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  // Permissions are often inline functions: read the latest without changing the actions.
  const latest = useRef(options);
  latest.current = options;
  const canCopyLink = copyMutation.isSupported;
  const canUpdate = client.supportsUpdateUserInvite !== false;
  const permits = useMemo(
    () => ({
      resend: (invite: UserInvite) =>
        canResendInvite(invite.status) && allowed(latest.current.canResend ?? true, invite),
      cancel: (invite: UserInvite) =>
        canCancelInvite(invite.status) && allowed(latest.current.canCancel ?? true, invite),
      copy: (invite: UserInvite) => canCopyLink && isOpenInviteStatus(invite.status),
      edit: (invite: UserInvite) =>
        canUpdate && invite.status === 'pending' && allowed(latest.current.canEdit ?? true, invite),
    }),
    [canCopyLink, canUpdate],
  );

  const mark = useCallback((id: string, next: UserInvitesRowFeedback | null) => {
    clearTimeout(timers.current.get(id));
    setFeedback((previous) => {
      const map = new Map(previous);
      if (next) map.set(id, next);
      else map.delete(id);
      return map;
    });
    // Done and failed fade; a row never keeps an old result.
    if (next && next.state !== 'pending') {
      timers.current.set(
        id,
        setTimeout(() => mark(id, null), FEEDBACK_MS),
      );
    }
  }, []);

  const { mutateAsync: resendAsync } = resendMutation;
  const { mutateAsync: cancelAsync } = cancelMutation;
  const { mutateAsync: copyAsync } = copyMutation;
  const { mutateAsync: updateAsync } = updateMutation;

  /** One action on one invite: feedback on its row, one sentence for the live region. */
  const act = useCallback(
    async (
      action: UserInvitesRowFeedback['action'],
      invite: UserInvite,
      run: () => Promise<unknown>,
    ) => {
      const email = inviteName(i18n, invite);
      mark(invite.id, { action, state: 'pending' });
      try {
        await run();
        mark(invite.id, { action, state: 'done' });
        setAnnouncement(i18n.t(DONE[action], { email }));
        return true;
      } catch (error) {
        mark(invite.id, { action, state: 'failed' });
        // One whole sentence per action: a verb slotted into a shared sentence reads wrong in
        // most languages (German nouns, French elision).
        setAnnouncement(
          i18n.t(`table.${action}Failed`, { email, reason: describeInviteError(i18n, error) }),
        );
        return false;
      }
    },
    [i18n, mark],
  );

  const resend = useCallback(
    (invite: UserInvite) => act('resend', invite, () => resendAsync(invite.id)),
    [act, resendAsync],
  );
  const copyLink = useCallback(
    (invite: UserInvite) => act('copy', invite, () => copyAsync(invite.id)),
    [act, copyAsync],
  );
  const update = useCallback(
    (invite: UserInvite, patch: UserInvitePatch) =>
      act('edit', invite, () => updateAsync({ id: invite.id, patch })),
    [act, updateAsync],
  );

  const runBulk = useCallback(
    async (action: 'resend' | 'cancel', targets: readonly UserInvite[]) => {
      const problems: string[] = [];
      const eligible = targets.filter((invite) => {
        if (permits[action](invite)) return true;
        problems.push(
          i18n.t('table.bulk.skipped', {
            email: inviteName(i18n, invite),
            status: statusLabel(i18n, invite.status).toLowerCase(),
          }),
        );
        return false;
      });
      let done = targets.length - eligible.length;
      let succeeded = 0;
      const total = targets.length;
      setBulk({ action, done, total, succeeded, problems: [] });
      setAnnouncement(i18n.t(`table.bulk.${action}ing`, { done, total }));
      // A few at a time: not one after another, not all at once.
      await mapLimited(eligible, latest.current.concurrency ?? 4, async (invite) => {
        try {
          await (action === 'resend' ? resendAsync(invite.id) : cancelAsync(invite.id));
          succeeded += 1;
        } catch (error) {
          problems.push(
            i18n.t('table.bulk.failure', {
              email: inviteName(i18n, invite),
              reason: describeInviteError(i18n, error),
            }),
          );
        }
        done += 1;
        setBulk({ action, done, total, succeeded, problems: [] });
      });
      const final = { action, done: total, total, succeeded, problems };
      // The progress goes quiet; the summary is said by whoever shows it (the bulk bar), in its
      // words, which load with it.
      setBulk(final);
      setAnnouncement('');
      return final;
    },
    [permits, resendAsync, cancelAsync, i18n],
  );

  const cancel = useCallback(
    async (targets: readonly UserInvite[]) => {
      if (targets.length !== 1) return void (await runBulk('cancel', targets));
      const invite = targets[0]!;
      await act('cancel', invite, () => cancelAsync(invite.id));
    },
    [runBulk, act, cancelAsync],
  );

  const bulkResend = useCallback(
    (targets: readonly UserInvite[]) => runBulk('resend', targets),
    [runBulk],
  );
  const dismissBulk = useCallback(() => setBulk(null), []);

  return {
    resend,
    cancel,
    copyLink,
    update,
    bulkResend,
    dismissBulk,
    announce: setAnnouncement,
    permits,
    feedback,
    announcement,
    bulk,
    /** Milliseconds before `id` may be resent again (0 when it may). */
    cooldownRemainingMs: resendMutation.cooldownRemainingMs,
    isResending: resendMutation.isResending,
  };
}

/**
 * What {@link useUserInvitesTableRowActions} returns.
 *
 * @example
 * ```ts
 * const actions: UserInvitesTableRowActions = useUserInvitesTableRowActions();
 * ```
 */
export type UserInvitesTableRowActions = ReturnType<typeof useUserInvitesTableRowActions>;
