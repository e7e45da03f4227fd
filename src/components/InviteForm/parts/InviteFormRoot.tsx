'use client';

import { forwardRef, useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formMessages } from '../../../i18n/messages/formMessages';
import { useAreaI18n } from '../../../i18n/useAreaI18n';
import { useIsomorphicLayoutEffect } from '../../../react/useIsomorphicLayoutEffect';
import { createSlots } from '../../../theme/slots';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { useComposedRefs } from '../../shared/useComposedRefs';
import {
  InviteFormChoicesContext,
  InviteFormEntriesContext,
  InviteFormHasTextContext,
  InviteFormPartsContext,
  InviteFormSendingContext,
  InviteFormStaticContext,
  InviteFormTextContext,
  type InviteFormActions,
  type InviteFormPartName,
  type InviteFormStatic,
} from '../inviteFormContext';
import type { InviteFormProps } from '../inviteFormProps';
import { useInviteFormState, type InviteFormState } from '../useInviteFormState';

const ACTIONS = [
  'setText',
  'commitText',
  'remove',
  'updateEntry',
  'showMoreChips',
  'setRole',
  'setLocale',
  'submit',
  'retry',
  'confirmSend',
  'cancelSend',
  'importPeople',
  'announce',
  'setFormError',
] as const satisfies readonly (keyof InviteFormActions)[];

/** Functions that never change and always act on the latest state. */
function useStableActions(state: InviteFormState): InviteFormActions {
  const latest = useRef(state);
  useIsomorphicLayoutEffect(() => {
    latest.current = state;
  });
  return useMemo(() => {
    const call =
      (name: (typeof ACTIONS)[number]) =>
      (...args: unknown[]) =>
        (latest.current[name] as (...args: unknown[]) => unknown)(...args);
    return Object.fromEntries(ACTIONS.map((name) => [name, call(name)])) as InviteFormActions;
  }, []);
}

/**
 * The form's state ({@link useInviteFormState}) and its `<form>`: hold the parts in any layout.
 * {@link InviteForm} is this root with every part in the default order. Other props go to the
 * `<form>` element, and `ref` too.
 *
 * @example
 * ```tsx
 * <InviteFormRoot onSent={(result) => console.log(result.success.length)}>
 *   <InviteFormLabel />
 *   <InviteFormField />
 *   <div className="row"><InviteFormRole /><InviteFormSubmit /></div>
 *   <InviteFormIssues />
 *   <InviteFormResults />
 * </InviteFormRoot>
 * ```
 */
export const InviteFormRoot = forwardRef<HTMLFormElement, InviteFormProps>(
  function InviteFormRoot(props, forwardedRef) {
    const {
      value,
      defaultValue,
      onValueChange,
      role,
      defaultRole,
      onRoleChange,
      locale,
      defaultLocale,
      onLocaleChange,
      roles,
      locales,
      data,
      maxInvites,
      confirmThreshold,
      persistDraft,
      visibleChips,
      onSent,
      onError,
      onSettled,
      className,
      classNames,
      unstyled,
      children,
      onSubmit,
      ...rest
    } = props;
    const formRef = useRef<HTMLFormElement>(null);
    const inputRef = useRef<HTMLInputElement>(null);
    const submitRef = useRef<HTMLButtonElement>(null);
    const submitPressed = useRef(false);
    const state = useInviteFormState({
      value,
      defaultValue,
      onValueChange,
      role,
      defaultRole,
      onRoleChange,
      locale,
      defaultLocale,
      onLocaleChange,
      roles,
      locales,
      data,
      maxInvites,
      confirmThreshold,
      persistDraft,
      visibleChips,
      onSent,
      onError,
      onSettled: () => {
        inputRef.current?.focus();
        onSettled?.();
      },
    });
    const actions = useStableActions(state);
    const i18n = useAreaI18n(formMessages);
    const slot = useMemo(
      () => createSlots('invite-form', { className, classNames, unstyled }),
      [className, classNames, unstyled],
    );
    const baseId = useId();
    const ids = useMemo(
      () => ({
        input: `${baseId}-input`,
        label: `${baseId}-label`,
        hint: `${baseId}-hint`,
        summary: `${baseId}-summary`,
        issues: `${baseId}-issues`,
        results: `${baseId}-results`,
      }),
      [baseId],
    );
    const [present, setPresent] = useState<ReadonlySet<InviteFormPartName>>(() => new Set());
    const registerPart = useCallback((name: InviteFormPartName) => {
      setPresent((current) => new Set(current).add(name));
      return () =>
        setPresent((current) => {
          const next = new Set(current);
          next.delete(name);
          return next;
        });
    }, []);

    const staticValue = useMemo<InviteFormStatic>(
      () => ({
        slot,
        i18n,
        ids,
        actions,
        formRef,
        inputRef,
        submitRef,
        submitPressed,
        registerPart,
      }),
      [slot, i18n, ids, actions, registerPart],
    );
    const { entries, problems, groups, sendable, retryable, duplicates, excess } = state;
    const shown = state.visibleChips;
    const entriesValue = useMemo(
      () => ({
        entries,
        problems,
        groups,
        sendable,
        retryable,
        duplicates,
        excess,
        maxInvites,
        visibleChips: shown,
      }),
      [entries, problems, groups, sendable, retryable, duplicates, excess, maxInvites, shown],
    );
    const choices = useMemo(
      () => ({
        roles: state.roles,
        role: state.role,
        locales: state.locales,
        locale: state.locale,
      }),
      [state.roles, state.role, state.locales, state.locale],
    );
    const { isSending, progress, announcement, formError, confirmation } = state;
    const sending = useMemo(
      () => ({ isSending, progress, announcement, formError, confirmation }),
      [isSending, progress, announcement, formError, confirmation],
    );

    const ref = useComposedRefs(forwardedRef, formRef);
    const submit = composeEventHandlers(onSubmit, (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void actions.submit();
    });

    return (
      <InviteFormStaticContext.Provider value={staticValue}>
        <InviteFormEntriesContext.Provider value={entriesValue}>
          <InviteFormChoicesContext.Provider value={choices}>
            <InviteFormSendingContext.Provider value={sending}>
              <InviteFormPartsContext.Provider value={present}>
                <InviteFormHasTextContext.Provider value={state.text.trim() !== ''}>
                  <InviteFormTextContext.Provider value={state.text}>
                    <form
                      dir={i18n.dir}
                      {...rest}
                      ref={ref}
                      {...slot('root')}
                      noValidate
                      onSubmit={submit}
                      aria-busy={isSending || undefined}
                      data-state={isSending ? 'sending' : 'idle'}
                    >
                      {children}
                    </form>
                  </InviteFormTextContext.Provider>
                </InviteFormHasTextContext.Provider>
              </InviteFormPartsContext.Provider>
            </InviteFormSendingContext.Provider>
          </InviteFormChoicesContext.Provider>
        </InviteFormEntriesContext.Provider>
      </InviteFormStaticContext.Provider>
    );
  },
);
