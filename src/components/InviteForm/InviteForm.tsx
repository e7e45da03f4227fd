'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useInviteContext } from '../../react/useInviteContext';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import { inviteDraftKey, readInviteDraft, writeInviteDraft } from './inviteDraft';
import { useInviteI18n } from '../../i18n/useInviteI18n';
import type { InviteClientError } from '../../client/errors';
import type {
  InviteData,
  InviteRole,
  SendUserInvitesResult,
  UserInviteInput,
} from '../../client/types';
import { usePendingInviteEmails } from '../../hooks/usePendingInviteEmails';
import { useRoles } from '../../hooks/useRoles';
import { useSendInvites } from '../../hooks/useSendInvites';
import { describeInviteError, describeInviteErrorCode } from '../../i18n/describeError';
import type { InviteI18n } from '../../i18n/format';
import { parseInviteList } from '../../parse/parseInviteList';
import type { SendProgress } from '../../query/sendInvitesMutationOptions';
import { createSlots, type SlotProps, type StylingProps } from '../../theme/slots';
import { useControllableState } from '../shared/useControllableState';
import {
  entryKey,
  entryProblem,
  mergeEntries,
  type InviteEntry,
  type InviteEntryProblem,
} from './inviteEntries';

/**
 * The named parts of the form, for `classNames`.
 *
 * @example
 * ```tsx
 * <InviteForm classNames={{ chip: 'rounded-full', submit: 'btn-primary' }} />
 * ```
 */
export type InviteFormSlot =
  | 'root'
  | 'label'
  | 'field'
  | 'chips'
  | 'chip'
  | 'chipLabel'
  | 'chipRemove'
  | 'more'
  | 'input'
  | 'hint'
  | 'summary'
  | 'notice'
  | 'issues'
  | 'issue'
  | 'names'
  | 'nameField'
  | 'nameInput'
  | 'options'
  | 'role'
  | 'locale'
  | 'select'
  | 'actions'
  | 'submit'
  | 'retry'
  | 'progress'
  | 'results'
  | 'error';

/**
 * Props of {@link InviteForm} and {@link InviteFormRoot}.
 *
 * @example
 * ```tsx
 * const props: InviteFormProps = { defaultRole: 'member', maxInvites: 500, persistDraft: true };
 * ```
 */
export interface InviteFormProps extends StylingProps<InviteFormSlot> {
  /** The entries, controlled. */
  value?: InviteEntry[];
  /** The first entries, uncontrolled. */
  defaultValue?: InviteEntry[];
  onValueChange?: (entries: InviteEntry[]) => void;
  /** After each send, with what the backend answered (failures stay in the field). */
  onSent?: (result: SendUserInvitesResult) => void;
  /** When nothing could be sent (network down, rate limit): everything stays in the field. */
  onError?: (error: InviteClientError) => void;
  /** Roles to choose from; by default the client's `listRoles`. */
  roles?: InviteRole[];
  /** The role selected at first. */
  defaultRole?: string;
  /** Email languages to choose from; by default a short list with the provider's locale. */
  locales?: string[];
  /** Extra data stored with every invite. */
  data?: InviteData;
  /** The most invites one submit may send. */
  maxInvites?: number;
  /** Keep unsent entries in sessionStorage (per tenant), so a reload or a closed dialog loses nothing. */
  persistDraft?: boolean;
  /** Chips shown before "+N more". Default 30. */
  visibleChips?: number;
  children?: ReactNode;
}

interface InviteFormContextValue {
  slot: (name: InviteFormSlot, defaultClassName?: string) => SlotProps;
  i18n: InviteI18n;
  ids: { input: string; hint: string; summary: string; issues: string; results: string };
  entries: InviteEntry[];
  problems: Map<string, InviteEntryProblem>;
  text: string;
  setText: (text: string) => void;
  commitText: (text?: string) => InviteEntry[];
  removeEntry: (key: string) => void;
  updateEntry: (key: string, patch: Partial<InviteEntry>) => void;
  duplicates: number;
  /** How many chips show; "+N more" raises it by a page at a time. */
  visibleChips: number;
  showMoreChips: () => void;
  roles: InviteRole[];
  role: string;
  setRole: (role: string) => void;
  locales: string[];
  locale: string;
  setLocale: (locale: string) => void;
  sendable: InviteEntry[];
  excess: number;
  maxInvites: number | undefined;
  isSending: boolean;
  progress: SendProgress | null;
  submit: () => Promise<void>;
  retryFailed: () => Promise<void>;
  announcement: string;
  formError: string | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

const InviteFormContext = createContext<InviteFormContextValue | null>(null);

function useInviteForm(part: string): InviteFormContextValue {
  const context = useContext(InviteFormContext);
  if (!context) throw new Error(`<${part}> must be used within <InviteFormRoot>.`);
  return context;
}

const DEFAULT_LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP'];
// "+N more" reveals this many chips at a time: 10,000 at once would freeze the page.
const MORE_CHIPS = 200;
const NO_ENTRIES: InviteEntry[] = [];
/**
 * The form's state and its `<form>`: hold the parts ({@link InviteFormField},
 * {@link InviteFormRole}, {@link InviteFormSubmit}, …) in any layout. {@link InviteForm} is
 * this root with every part in the default order.
 *
 * @example
 * ```tsx
 * <InviteFormRoot onSent={(result) => console.log(result.success.length)}>
 *   <InviteFormField />
 *   <div className="row"><InviteFormRole /><InviteFormSubmit /></div>
 *   <InviteFormResults />
 * </InviteFormRoot>
 * ```
 */
export function InviteFormRoot(props: InviteFormProps) {
  const { onSent, onError, data, maxInvites, persistDraft = false, visibleChips = 30 } = props;
  const { tenantId, currentUserId, locale: providerLocale } = useInviteContext();
  const i18n = useInviteI18n();
  const slot = createSlots<InviteFormSlot>('invite-form', props);
  const baseId = useId();
  const ids = {
    input: `${baseId}-input`,
    hint: `${baseId}-hint`,
    summary: `${baseId}-summary`,
    issues: `${baseId}-issues`,
    results: `${baseId}-results`,
  };
  const [entries, setEntries] = useControllableState(
    props.value,
    props.defaultValue ?? NO_ENTRIES,
    props.onValueChange,
  );
  const [text, setText] = useState('');
  const [duplicates, setDuplicates] = useState(0);
  const [visibleCount, setVisibleCount] = useState(visibleChips);
  const [role, setRole] = useState(props.defaultRole ?? '');
  const [locale, setLocale] = useState(providerLocale);
  const [announcement, setAnnouncement] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sending = useRef(false);
  const send = useSendInvites();
  const pendingEmails = usePendingInviteEmails();
  const clientRoles = useRoles({ query: { enabled: props.roles === undefined } });
  const roles = props.roles ?? clientRoles.data ?? [];
  const locales = useMemo(
    () => [...new Set([providerLocale, ...(props.locales ?? DEFAULT_LOCALES)])],
    [providerLocale, props.locales],
  );

  // What is typed belongs to one tenant and user (an admin of two teams switches between them):
  // on a switch the form starts again from the new one's draft, and the previous one's draft
  // stays where it was saved. `entriesScope` names whose entries these are; a draft is only
  // written when it matches, so no commit can save one tenant's entries under another.
  const draftScope = inviteDraftKey(tenantId, currentUserId);
  const [entriesScope, setEntriesScope] = useState<string | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (entriesScope === draftScope) return;
    const first = entriesScope === null;
    setEntriesScope(draftScope);
    const draft = persistDraft ? readInviteDraft(draftScope) : null;
    if (first) {
      if (draft && draft.length > 0)
        setEntries((current) => (current.length === 0 ? draft : current));
      return;
    }
    setEntries(draft ?? NO_ENTRIES);
    setText('');
    setDuplicates(0);
    setFormError(null);
    setAnnouncement('');
  }, [entriesScope, draftScope, persistDraft, setEntries]);
  useEffect(() => {
    if (persistDraft && entriesScope === draftScope) writeInviteDraft(draftScope, entries);
  }, [persistDraft, entriesScope, draftScope, entries]);

  const problems = useMemo(() => {
    const map = new Map<string, InviteEntryProblem>();
    for (const entry of entries) {
      const problem = entryProblem(entry, pendingEmails);
      if (problem) map.set(entryKey(entry), problem);
    }
    return map;
  }, [entries, pendingEmails]);
  const sendable = useMemo(
    () => entries.filter((entry) => !problems.has(entryKey(entry))),
    [entries, problems],
  );
  const excess = maxInvites !== undefined ? Math.max(0, sendable.length - maxInvites) : 0;

  const entriesRef = useRef(entries);
  entriesRef.current = entries;

  const commitText = useCallback(
    (raw?: string) => {
      const source = raw ?? text;
      if (source.trim() === '') return entriesRef.current;
      const merged = mergeEntries(entriesRef.current, parseInviteList(source));
      setDuplicates(merged.duplicates);
      setEntries(merged.entries);
      entriesRef.current = merged.entries;
      if (raw === undefined) setText('');
      return merged.entries;
    },
    [text, setEntries],
  );

  const removeEntry = useCallback(
    (key: string) => {
      const removed = entriesRef.current.find((entry) => entryKey(entry) === key);
      setEntries((current) => current.filter((entry) => entryKey(entry) !== key));
      if (removed) setAnnouncement(i18n.t('form.removed', { email: removed.email }));
    },
    [setEntries, i18n],
  );

  const updateEntry = useCallback(
    (key: string, patch: Partial<InviteEntry>) =>
      setEntries((current) =>
        current.map((entry) => (entryKey(entry) === key ? { ...entry, ...patch } : entry)),
      ),
    [setEntries],
  );

  const sendEntries = async (batch: InviteEntry[]) => {
    if (sending.current || batch.length === 0) return;
    if (maxInvites !== undefined && batch.length > maxInvites) return;
    sending.current = true;
    setFormError(null);
    setAnnouncement('');
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
      const remaining = entriesRef.current
        .filter((entry) => !sent.has(entryKey(entry)))
        .map((entry) => {
          const error = failed.get(entryKey(entry));
          return error ? { ...entry, error } : entry;
        });
      // At once, not at the next render: a submit landing before that render (the guard below
      // is already down) must not find the sent entries and send them again.
      entriesRef.current = remaining;
      setEntries(remaining);
      const parts: string[] = [];
      if (result.success.length > 0) {
        parts.push(
          i18n.t('form.sent', { count: result.success.length, email: result.success[0]!.email }),
        );
      }
      if (result.errors.length > 0)
        parts.push(i18n.t('form.failed', { count: result.errors.length }));
      setAnnouncement(parts.join(' '));
      if (result.success.length > 0) setDuplicates(0);
      onSent?.(result);
    } catch (error) {
      setFormError(i18n.t('form.nothingSent', { reason: describeInviteError(i18n, error) }));
      onError?.(error as InviteClientError);
    } finally {
      sending.current = false;
      inputRef.current?.focus();
    }
  };

  const submit = async () => {
    const committed = commitText();
    const ready = committed.filter((entry) => entryProblem(entry, pendingEmails) === null);
    await sendEntries(ready);
  };

  const retryFailed = async () => {
    const failed = entriesRef.current.filter((entry) => entry.error);
    const cleared = failed.map(({ error: _error, ...entry }) => entry);
    const keys = new Set(failed.map(entryKey));
    setEntries((current) =>
      current.map((entry) => (keys.has(entryKey(entry)) ? { ...entry, error: undefined } : entry)),
    );
    await sendEntries(cleared);
  };

  // Text typed but not yet a chip survives the form unmounting (a dialog closing) as a chip.
  const commitOnUnmount = useRef(commitText);
  commitOnUnmount.current = commitText;
  useEffect(() => () => void commitOnUnmount.current(), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const context: InviteFormContextValue = {
    slot,
    i18n,
    ids,
    entries,
    problems,
    text,
    setText,
    commitText,
    removeEntry,
    updateEntry,
    duplicates,
    visibleChips: visibleCount,
    showMoreChips: () => setVisibleCount((count) => count + MORE_CHIPS),
    roles,
    role,
    setRole,
    locales,
    locale,
    setLocale,
    sendable,
    excess,
    maxInvites,
    isSending: send.isPending,
    progress: send.progress,
    submit,
    retryFailed,
    announcement,
    formError,
    inputRef,
  };

  return (
    <InviteFormContext.Provider value={context}>
      <form
        {...slot('root')}
        noValidate
        onSubmit={onSubmit}
        dir={i18n.dir}
        aria-busy={send.isPending || undefined}
        data-state={send.isPending ? 'sending' : 'idle'}
      >
        {props.children}
      </form>
    </InviteFormContext.Provider>
  );
}

const SEPARATOR_KEYS = new Set([',', ';', ' ']);

function issueText(i18n: InviteI18n, entry: InviteEntry, problem: InviteEntryProblem): string {
  if (problem === 'failed' && entry.error) {
    return describeInviteErrorCode(i18n, entry.error.code, entry.error.retryAfterMs);
  }
  return i18n.t(problem === 'invalid' ? 'form.issue.invalid' : 'form.issue.pending');
}

/**
 * The address field: a label, one chip per person, the text input, a hint, the count, and the
 * list of entries that need attention (each with its reason).
 *
 * @example
 * ```tsx
 * <InviteFormRoot><InviteFormField /><InviteFormSubmit /></InviteFormRoot>
 * ```
 */
export function InviteFormField() {
  const form = useInviteForm('InviteFormField');
  const { slot, i18n, ids, entries, problems } = form;
  const shown = entries.slice(0, form.visibleChips);
  const hidden = entries.length - shown.length;
  const issueEntries = entries.filter((entry) => problems.has(entryKey(entry)));
  const issueId = (key: string) => `${ids.issues}-${encodeURIComponent(key)}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    if (event.key === 'Enter' || event.key === 'Tab' || SEPARATOR_KEYS.has(event.key)) {
      if (value.trim() === '') {
        if (event.key !== 'Enter' && event.key !== 'Tab') event.preventDefault();
        return;
      }
      if (event.key !== 'Tab') event.preventDefault();
      form.commitText();
    } else if (event.key === 'Backspace' && value === '' && entries.length > 0) {
      event.preventDefault();
      form.removeEntry(entryKey(entries.at(-1)!));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!/[,;\s]/.test(pasted.trim())) return; // one address: let it be typed in
    event.preventDefault();
    form.commitText(`${form.text}${pasted}`);
    form.setText('');
  };

  return (
    <>
      <label {...slot('label')} htmlFor={ids.input}>
        {i18n.t('form.label')}
      </label>
      <div
        {...slot('field')}
        data-state={issueEntries.length > 0 ? 'attention' : 'ok'}
        onClick={() => form.inputRef.current?.focus()}
      >
        {entries.length > 0 && (
          <ul {...slot('chips')} aria-label={i18n.t('form.entries')}>
            {shown.map((entry) => {
              const key = entryKey(entry);
              const problem = problems.get(key);
              return (
                <li
                  key={key}
                  {...slot('chip')}
                  data-state={problem ?? 'valid'}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? issueId(key) : undefined}
                >
                  <span {...slot('chipLabel')}>
                    {entry.firstName || entry.lastName
                      ? `${[entry.firstName, entry.lastName].filter(Boolean).join(' ')} <${entry.email}>`
                      : entry.email}
                  </span>
                  <button
                    type="button"
                    {...slot('chipRemove')}
                    aria-label={i18n.t('form.remove', { email: entry.email })}
                    onClick={(event) => {
                      event.stopPropagation();
                      form.removeEntry(key);
                      form.inputRef.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
            {hidden > 0 && (
              <li>
                <button
                  type="button"
                  {...slot('more', 'iw-button')}
                  data-variant="ghost"
                  onClick={form.showMoreChips}
                >
                  {i18n.t('form.more', { count: hidden })}
                </button>
              </li>
            )}
          </ul>
        )}
        <input
          {...slot('input')}
          ref={form.inputRef}
          id={ids.input}
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          placeholder={entries.length === 0 ? i18n.t('form.placeholder') : undefined}
          value={form.text}
          aria-describedby={`${ids.hint} ${ids.summary}${issueEntries.length > 0 ? ` ${ids.issues}` : ''}`}
          onChange={(event) => form.setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => form.commitText()}
        />
      </div>
      <p {...slot('hint')} id={ids.hint}>
        {i18n.t('form.hint')}
      </p>
      <p {...slot('summary')} id={ids.summary}>
        {entries.length > 0 && i18n.t('form.count', { count: entries.length })}
        {issueEntries.length > 0 &&
          ` · ${i18n.t('form.attention', { count: issueEntries.length })}`}
        {form.duplicates > 0 && (
          <span {...slot('notice')}> {i18n.t('form.duplicates', { count: form.duplicates })}</span>
        )}
      </p>
      {form.excess > 0 && (
        <p {...slot('error')} role="alert">
          {i18n.t('form.tooMany', { max: form.maxInvites ?? 0, excess: form.excess })}
        </p>
      )}
      {issueEntries.length > 0 && (
        <div {...slot('issues')} id={ids.issues}>
          <p>{i18n.t('form.issues')}</p>
          <ul>
            {issueEntries.map((entry) => {
              const key = entryKey(entry);
              return (
                <li key={key} {...slot('issue')} id={issueId(key)} data-state={problems.get(key)}>
                  <strong>{entry.email}</strong>: {issueText(i18n, entry, problems.get(key)!)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * First and last name, shown while exactly one person is in the field.
 *
 * @example
 * ```tsx
 * <InviteFormNames />
 * ```
 */
export function InviteFormNames() {
  const { slot, i18n, entries, problems, updateEntry } = useInviteForm('InviteFormNames');
  const baseId = useId();
  const only = entries.length === 1 ? entries[0]! : null;
  if (!only || problems.has(entryKey(only))) return null;
  const key = entryKey(only);
  return (
    <div {...slot('names')}>
      {(['firstName', 'lastName'] as const).map((field) => (
        <div key={field} {...slot('nameField')}>
          <label htmlFor={`${baseId}-${field}`}>
            {i18n.t(field === 'firstName' ? 'form.firstName' : 'form.lastName')}
          </label>
          <input
            {...slot('nameInput', 'iw-control')}
            id={`${baseId}-${field}`}
            type="text"
            autoComplete="off"
            value={only[field] ?? ''}
            onChange={(event) => updateEntry(key, { [field]: event.target.value })}
          />
        </div>
      ))}
    </div>
  );
}

/**
 * A row for the role and language choices.
 *
 * @example
 * ```tsx
 * <InviteFormOptions><InviteFormRole /><InviteFormLocale /></InviteFormOptions>
 * ```
 */
export function InviteFormOptions({ children }: { children?: ReactNode }) {
  const { slot } = useInviteForm('InviteFormOptions');
  return <div {...slot('options')}>{children}</div>;
}

/**
 * The role every invitee of this send gets (a CSV `role` column wins per person). Hidden when
 * there are no roles.
 *
 * @example
 * ```tsx
 * <InviteFormRole />
 * ```
 */
export function InviteFormRole() {
  const { slot, i18n, roles, role, setRole } = useInviteForm('InviteFormRole');
  const id = useId();
  if (roles.length === 0) return null;
  return (
    <div {...slot('role')}>
      <label htmlFor={id}>{i18n.t('form.role')}</label>
      <select
        {...slot('select', 'iw-control')}
        id={id}
        value={role}
        onChange={(event) => setRole(event.target.value)}
      >
        <option value="">{i18n.t('form.role.none')}</option>
        {roles.map((option) => (
          <option key={option.key} value={option.key}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function languageName(displayLocale: string, code: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The language of the invite emails; the provider's locale at first.
 *
 * @example
 * ```tsx
 * <InviteFormLocale />
 * ```
 */
export function InviteFormLocale() {
  const { slot, i18n, locales, locale, setLocale } = useInviteForm('InviteFormLocale');
  const id = useId();
  return (
    <div {...slot('locale')}>
      <label htmlFor={id}>{i18n.t('form.locale')}</label>
      <select
        {...slot('select', 'iw-control')}
        id={id}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
      >
        {locales.map((code) => (
          <option key={code} value={code}>
            {languageName(i18n.locale, code)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The send button (disabled while empty or sending; a double submit is impossible) and, after
 * failures, "Retry failed".
 *
 * @example
 * ```tsx
 * <InviteFormSubmit />
 * ```
 */
export function InviteFormSubmit() {
  const form = useInviteForm('InviteFormSubmit');
  const { slot, i18n } = form;
  const failed = form.entries.filter((entry) => entry.error).length;
  const pendingText = form.text.trim() !== '';
  const disabled =
    form.isSending || form.excess > 0 || (form.sendable.length === 0 && !pendingText);
  return (
    <div {...slot('actions')}>
      <button
        type="submit"
        {...slot('submit', 'iw-button')}
        data-variant="primary"
        disabled={disabled}
        aria-describedby={form.ids.summary}
      >
        {form.isSending
          ? i18n.t('form.sendingShort')
          : i18n.t('form.submit', { count: form.sendable.length })}
      </button>
      {failed > 0 && !form.isSending && (
        <button
          type="button"
          {...slot('retry', 'iw-button')}
          onClick={() => void form.retryFailed()}
        >
          {i18n.t('form.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Progress while sending ("Sending 120 of 500…"), and the outcome, announced politely.
 *
 * @example
 * ```tsx
 * <InviteFormResults />
 * ```
 */
export function InviteFormResults() {
  const { slot, i18n, ids, isSending, progress, announcement, formError } =
    useInviteForm('InviteFormResults');
  const progressId = useId();
  return (
    <>
      {isSending && progress && progress.total > 0 && (
        <div {...slot('progress')}>
          <progress value={progress.sent} max={progress.total} aria-labelledby={progressId} />
          <span id={progressId}>
            {i18n.t('form.sending', { sent: progress.sent, total: progress.total })}
          </span>
        </div>
      )}
      {formError && (
        <p {...slot('error')} role="alert">
          {formError}
        </p>
      )}
      <p {...slot('results')} id={ids.results} role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/**
 * Invite one person or five hundred: type or paste addresses (lists, `Name <address>`, CSV),
 * see every problem before sending, pick a role and the email language, and send. Sent
 * addresses leave the field; failed ones stay, with their reason and "Retry failed". Nothing
 * typed is lost on an error. Built from {@link InviteFormRoot} and its parts, which you can
 * arrange yourself.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId="acme" currentUserId={user.id}>
 *   <InviteForm defaultRole="member" onSent={({ success }) => toast(`${success.length} invited`)} />
 * </InviteClientProvider>
 * ```
 */
export function InviteForm(props: InviteFormProps) {
  return (
    <InviteFormRoot {...props}>
      <InviteFormField />
      <InviteFormNames />
      <InviteFormOptions>
        <InviteFormRole />
        <InviteFormLocale />
      </InviteFormOptions>
      <InviteFormSubmit />
      <InviteFormResults />
      {props.children}
    </InviteFormRoot>
  );
}

InviteForm.Root = InviteFormRoot;
InviteForm.Field = InviteFormField;
InviteForm.Names = InviteFormNames;
InviteForm.Options = InviteFormOptions;
InviteForm.Role = InviteFormRole;
InviteForm.Locale = InviteFormLocale;
InviteForm.Submit = InviteFormSubmit;
InviteForm.Results = InviteFormResults;
