'use client';

import { useCallback, useRef, useState, type RefObject } from 'react';
import type { InviteClientError } from '../../client/errors';
import type { InviteData, SendUserInvitesResult, UserInviteInput } from '../../client/types';
import { useSendInvites } from '../../hooks/useSendInvites';
import { describeInviteError } from '../../i18n/describeError';
import type { InviteI18n } from '../../i18n/format';
import { entryKey, type InviteEntry } from './inviteEntries';
import { isRetryableInviteError } from './inviteOutcomes';

/** What {@link useInviteFormSend} needs from the rest of the form's state. */
export interface InviteFormSendOptions {
  i18n: InviteI18n;
  entriesRef: RefObject<InviteEntry[]>;
  replaceEntries: (entries: InviteEntry[]) => void;
  role: string;
  locale: string;
  data?: InviteData;
  maxInvites?: number;
  announce: (text: string) => void;
  setFormError: (error: string | null) => void;
  onSent?: (result: SendUserInvitesResult) => void;
  onError?: (error: InviteClientError) => void;
  /** After every send, whatever its outcome (the form puts focus back in the field). */
  onSettled?: () => void;
}

/**
 * The entries whose last send failed in a way a retry can cure (of `keys` only, when given).
 *
 * @example
 * ```ts
 * retryableEntries(entries).length; // what "Retry 400" counts
 * ```
 */
export function retryableEntries(entries: readonly InviteEntry[], keys?: ReadonlySet<string>) {
  return entries.filter(
    (entry) =>
      entry.error !== undefined &&
      isRetryableInviteError(entry.error.code) &&
      (!keys || keys.has(entryKey(entry))),
  );
}

/**
 * Sending the form's entries: one send at a time, sent addresses leave the field, failed ones
 * stay with their error, the outcome is announced. No DOM.
 *
 * @example
 * ```ts
 * const send = useInviteFormSend({ i18n, entriesRef, replaceEntries, role, locale, announce, setFormError });
 * await send.sendEntries(ready);
 * ```
 */
export function useInviteFormSend(options: InviteFormSendOptions) {
  const send = useSendInvites();
  const sending = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const sendEntries = useCallback(
    async (batch: InviteEntry[]) => {
      const { i18n, role, locale, data, maxInvites, entriesRef } = latest.current;
      if (sending.current || batch.length === 0) return;
      if (maxInvites !== undefined && batch.length > maxInvites) return;
      sending.current = true;
      latest.current.setFormError(null);
      latest.current.announce('');
      const toInput = (entry: InviteEntry): UserInviteInput => {
        const roleKey = entry.roleKey ?? (role || undefined);
        return {
          email: entry.email,
          ...(entry.firstName ? { firstName: entry.firstName } : {}),
          ...(entry.lastName ? { lastName: entry.lastName } : {}),
          ...(roleKey ? { roleKeys: [roleKey] } : {}),
          locale: entry.locale ?? locale,
          ...(data ? { data } : {}),
        };
      };
      try {
        const result = await send.mutateAsync(batch.map(toInput));
        const sent = new Set(result.success.map((invite) => entryKey(invite)));
        const failed = new Map(result.errors.map((error) => [entryKey(error), error]));
        // At once, not at the next render: a submit landing before that render (the guard
        // below is already down) must not find the sent entries and send them again.
        latest.current.replaceEntries(
          entriesRef.current
            .filter((entry) => !sent.has(entryKey(entry)))
            .map((entry) => {
              const error = failed.get(entryKey(entry));
              return error ? { ...entry, error } : entry;
            }),
        );
        const parts: string[] = [];
        if (result.success.length > 0) {
          parts.push(
            i18n.t('form.sent', { count: result.success.length, email: result.success[0]!.email }),
          );
        }
        if (result.errors.length > 0)
          parts.push(i18n.t('form.failed', { count: result.errors.length }));
        latest.current.announce(parts.join(' '));
        latest.current.onSent?.(result);
      } catch (error) {
        latest.current.setFormError(
          i18n.t('form.nothingSent', { reason: describeInviteError(i18n, error) }),
        );
        latest.current.onError?.(error as InviteClientError);
      } finally {
        sending.current = false;
        latest.current.onSettled?.();
      }
    },
    [send],
  );

  /** Sends again the failures that can succeed (those of `keys` only, when given). */
  const retry = useCallback(
    async (keys?: Iterable<string>) => {
      if (sending.current) return;
      const { entriesRef, replaceEntries } = latest.current;
      const failed = retryableEntries(entriesRef.current, keys ? new Set(keys) : undefined);
      if (failed.length === 0) return;
      const retried = new Set(failed.map(entryKey));
      replaceEntries(
        entriesRef.current.map((entry) => {
          if (!retried.has(entryKey(entry))) return entry;
          const { error: _error, ...rest } = entry;
          return rest;
        }),
      );
      await sendEntries(failed.map(({ error: _error, ...entry }) => entry));
    },
    [sendEntries],
  );

  const [confirmation, setConfirmation] = useState<{ count: number } | null>(null);
  const awaiting = useRef<InviteEntry[]>([]);

  /** Sends `batch`, or asks first when it holds `threshold` invites or more. */
  const sendOrConfirm = useCallback(
    async (batch: InviteEntry[], threshold: number) => {
      if (batch.length >= threshold && !sending.current) {
        awaiting.current = batch;
        setConfirmation({ count: batch.length });
        return;
      }
      await sendEntries(batch);
    },
    [sendEntries],
  );

  const confirmSend = useCallback(async () => {
    const batch = awaiting.current;
    awaiting.current = [];
    setConfirmation(null);
    await sendEntries(batch);
  }, [sendEntries]);

  const cancelSend = useCallback(() => {
    awaiting.current = [];
    setConfirmation(null);
  }, []);

  return {
    isSending: send.isPending,
    progress: send.progress,
    confirmation,
    sendEntries,
    sendOrConfirm,
    retry,
    confirmSend,
    cancelSend,
    isBusy: () => sending.current,
  };
}
