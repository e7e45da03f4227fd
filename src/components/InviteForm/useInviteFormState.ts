'use client';

import { useCallback, useMemo, useState } from 'react';
import type { InviteClientError } from '../../client/errors';
import type { InviteData, InviteRole, SendUserInvitesResult } from '../../client/types';
import { usePendingInviteEmails } from '../../hooks/usePendingInviteEmails';
import { useRoles } from '../../hooks/useRoles';
import { DEFAULT_EMAIL_LOCALES } from '../../i18n/languageName';
import { formMessages } from '../../i18n/messages/formMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import type { ParsedInvitee } from '../../parse/parseInviteList';
import { useInviteContext } from '../../react/useInviteContext';
import { useControllableState } from '../shared/useControllableState';
import { entryKey, entryProblem, type InviteEntry, type InviteEntryProblem } from './inviteEntries';
import { groupInviteProblems } from './inviteOutcomes';
import { useInviteFormEntries } from './useInviteFormEntries';
import { retryableEntries, useInviteFormSend } from './useInviteFormSend';

/**
 * Options of {@link useInviteFormState}: every piece of the form's state is controllable
 * (`x` + `onXChange`) or starts from `defaultX`.
 *
 * @example
 * ```ts
 * const options: InviteFormStateOptions = { defaultRole: 'member', maxInvites: 500 };
 * ```
 */
export interface InviteFormStateOptions {
  /** The entries, controlled. */
  value?: InviteEntry[];
  /** The first entries, uncontrolled. */
  defaultValue?: InviteEntry[];
  onValueChange?: (entries: InviteEntry[]) => void;
  /** The role key every invitee of a send gets (a CSV `role` column wins), controlled. */
  role?: string;
  /** The role selected at first. */
  defaultRole?: string;
  onRoleChange?: (role: string) => void;
  /** The language of the invite emails, controlled. */
  locale?: string;
  /** The email language at first; the provider's locale by default. */
  defaultLocale?: string;
  onLocaleChange?: (locale: string) => void;
  /** Roles to choose from; by default the client's `listRoles`. */
  roles?: InviteRole[];
  /** Email languages to choose from; by default a short list with the provider's locale. */
  locales?: string[];
  /** Extra data stored with every invite. */
  data?: InviteData;
  /** The most invites one submit may send. */
  maxInvites?: number;
  /** A send of this many invites or more asks for confirmation first. Default 100. */
  confirmThreshold?: number;
  /** Keep unsent entries in sessionStorage (per tenant and user). */
  persistDraft?: boolean;
  /** Chips shown before "+N more". Default 30. */
  visibleChips?: number;
  /** After each send, with what the backend answered (failures stay in the field). */
  onSent?: (result: SendUserInvitesResult) => void;
  /** When nothing could be sent (network down, rate limit): everything stays in the field. */
  onError?: (error: InviteClientError) => void;
  /** After every send, whatever its outcome. */
  onSettled?: () => void;
}

const NO_ROLES: InviteRole[] = [];

/**
 * The whole state of an invite form, without any DOM: entries and typed text, their problems
 * grouped by reason, role and email language, sending with progress, retry and removal, the
 * large-send confirmation, the draft. `InviteFormRoot` is this hook plus a `<form>`; a host can
 * build a form of its own on it.
 *
 * @example
 * ```tsx
 * const form = useInviteFormState({ defaultRole: 'member' });
 * <input value={form.text} onChange={(e) => form.setText(e.target.value)} />
 * <button onClick={() => void form.submit()}>Send {form.sendable.length}</button>
 * ```
 */
export function useInviteFormState(options: InviteFormStateOptions = {}) {
  const { locale: providerLocale } = useInviteContext();
  const i18n = useAreaI18n(formMessages);
  const [announcement, setAnnouncement] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const entriesState = useInviteFormEntries({
    ...options,
    onRestart: () => {
      setFormError(null);
      setAnnouncement('');
    },
  });
  const { entries, entriesRef, textRef, commitText, removeEntries, addPeople, clearDuplicates } =
    entriesState;

  const [role, setRole] = useControllableState(
    options.role,
    options.defaultRole ?? '',
    options.onRoleChange,
  );
  const [locale, setLocale] = useControllableState(
    options.locale,
    options.defaultLocale ?? providerLocale,
    options.onLocaleChange,
  );
  const clientRoles = useRoles({ query: { enabled: options.roles === undefined } });
  const roles = options.roles ?? clientRoles.data ?? NO_ROLES;
  const locales = useMemo(
    () => [...new Set([providerLocale, ...(options.locales ?? DEFAULT_EMAIL_LOCALES)])],
    [providerLocale, options.locales],
  );

  const pendingEmails = usePendingInviteEmails();
  const problems = useMemo(() => {
    const map = new Map<string, InviteEntryProblem>();
    for (const entry of entries) {
      const problem = entryProblem(entry, pendingEmails);
      if (problem) map.set(entryKey(entry), problem);
    }
    return map;
  }, [entries, pendingEmails]);
  const groups = useMemo(() => groupInviteProblems(entries, problems), [entries, problems]);
  const sendable = useMemo(
    () => (problems.size === 0 ? entries : entries.filter((e) => !problems.has(entryKey(e)))),
    [entries, problems],
  );
  const retryable = useMemo(() => retryableEntries(entries), [entries]);
  const { maxInvites, confirmThreshold = 100 } = options;
  const excess = maxInvites !== undefined ? Math.max(0, sendable.length - maxInvites) : 0;

  const send = useInviteFormSend({
    i18n,
    entriesRef,
    replaceEntries: entriesState.replaceEntries,
    role,
    locale,
    data: options.data,
    maxInvites,
    announce: setAnnouncement,
    setFormError,
    onSent: (result) => {
      if (result.success.length > 0) clearDuplicates();
      options.onSent?.(result);
    },
    onError: options.onError,
    onSettled: options.onSettled,
  });

  const { sendOrConfirm, retry } = send;
  /**
   * The primary action: send what is ready (typed text included), asking first for a large
   * send; with nothing new to send, retry the failures that can succeed.
   */
  const submit = useCallback(async () => {
    const typed = textRef.current.trim() !== '';
    const ready = commitText().filter((entry) => entryProblem(entry, pendingEmails) === null);
    if (ready.length > 0) await sendOrConfirm(ready, confirmThreshold);
    else if (!typed) await retry();
  }, [textRef, commitText, pendingEmails, sendOrConfirm, retry, confirmThreshold]);

  /** Removes entries and says so ("Removed ada@example.com." or "Removed 12 addresses."). */
  const remove = useCallback(
    (keys: Iterable<string>) => {
      const removed = removeEntries(keys);
      if (removed.length === 1)
        setAnnouncement(i18n.t('form.removed', { email: removed[0]!.email }));
      else if (removed.length > 1)
        setAnnouncement(i18n.t('form.removedMany', { count: removed.length }));
    },
    [removeEntries, i18n],
  );

  /** Adds the people of an imported file, and says how many ("Added 250 people from team.csv."). */
  const importPeople = useCallback(
    (people: readonly ParsedInvitee[], file: string) => {
      const { added, duplicates } = addPeople(people);
      setFormError(null);
      setAnnouncement(
        added === 0 && duplicates === 0
          ? i18n.t('form.import.none', { file })
          : i18n.t('form.import.added', { count: added, file }),
      );
    },
    [addPeople, i18n],
  );

  return {
    ...entriesState,
    problems,
    groups,
    sendable,
    retryable,
    excess,
    maxInvites,
    roles,
    role,
    setRole,
    locales,
    locale,
    setLocale,
    isSending: send.isSending,
    progress: send.progress,
    confirmation: send.confirmation,
    confirmSend: send.confirmSend,
    cancelSend: send.cancelSend,
    retry,
    submit,
    remove,
    importPeople,
    announcement,
    announce: setAnnouncement,
    formError,
    setFormError,
  };
}

/**
 * What {@link useInviteFormState} returns.
 *
 * @example
 * ```ts
 * const render = (form: InviteFormState) => `${form.sendable.length} ready`;
 * ```
 */
export type InviteFormState = ReturnType<typeof useInviteFormState>;
