'use client';

import { createContext, useContext, type Context, type RefObject } from 'react';
import type { InviteI18n } from '../../i18n/format';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import type { SlotProps } from '../../theme/slots';
import type { InviteFormSlot } from './inviteFormProps';
import type { InviteFormState } from './useInviteFormState';

/*
 * The form's state reaches its parts through several contexts, split by how often each
 * changes: typing changes only the text, so a keystroke re-renders the input and nothing else
 * (the submit button also reads whether any text is typed: a boolean that flips once).
 */

/** What never changes while the form lives: styling, text helpers, ids, actions, elements. */
export interface InviteFormStatic {
  slot: (name: InviteFormSlot, defaultClassName?: string) => SlotProps;
  i18n: InviteI18n;
  ids: Record<'input' | 'label' | 'hint' | 'summary' | 'issues' | 'results', string>;
  /** Stable functions over the latest state. */
  actions: InviteFormActions;
  formRef: RefObject<HTMLFormElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  submitRef: RefObject<HTMLButtonElement | null>;
  /** True from a pointer press on the submit button until the click that follows it. */
  submitPressed: { current: boolean };
  /** A labelling or describing part says it is there, so the input points at it. */
  registerPart: (name: InviteFormPartName) => () => void;
}

/** The parts the input is labelled or described by, when they are there. */
export type InviteFormPartName = 'label' | 'hint' | 'summary' | 'issues';

/** What the parts can do. */
export type InviteFormActions = Pick<
  InviteFormState,
  | 'setText'
  | 'commitText'
  | 'remove'
  | 'updateEntry'
  | 'showMoreChips'
  | 'setRole'
  | 'setLocale'
  | 'submit'
  | 'retry'
  | 'confirmSend'
  | 'cancelSend'
  | 'importPeople'
  | 'announce'
  | 'setFormError'
>;

/** The people in the field and what is known about them. */
export type InviteFormEntries = Pick<
  InviteFormState,
  | 'entries'
  | 'problems'
  | 'groups'
  | 'sendable'
  | 'retryable'
  | 'duplicates'
  | 'excess'
  | 'maxInvites'
  | 'visibleChips'
>;

/** The role and email language, and their choices. */
export type InviteFormChoices = Pick<InviteFormState, 'roles' | 'role' | 'locales' | 'locale'>;

/** Sending and its outcome. */
export type InviteFormSending = Pick<
  InviteFormState,
  'isSending' | 'progress' | 'announcement' | 'formError' | 'confirmation'
>;

export const InviteFormStaticContext = createContext<InviteFormStatic | null>(null);
export const InviteFormTextContext = createContext<string | null>(null);
export const InviteFormHasTextContext = createContext<boolean | null>(null);
export const InviteFormEntriesContext = createContext<InviteFormEntries | null>(null);
export const InviteFormChoicesContext = createContext<InviteFormChoices | null>(null);
export const InviteFormSendingContext = createContext<InviteFormSending | null>(null);
/** The labelling and describing parts that are there. */
export const InviteFormPartsContext = createContext<ReadonlySet<InviteFormPartName> | null>(null);

function usePart<T>(context: Context<T | null>, part: string): T {
  const value = useContext(context);
  if (value === null) throw new Error(`<${part}> must be used within <InviteFormRoot>.`);
  return value;
}

/**
 * The form's static context, for a part named `part` (named in the error outside a root).
 *
 * @example
 * ```ts
 * const { slot, i18n } = useInviteFormStatic('InviteFormHint');
 * ```
 */
export const useInviteFormStatic = (part: string) => usePart(InviteFormStaticContext, part);
/**
 * The typed text (changes on every keystroke).
 *
 * @example
 * ```ts
 * const text = useInviteFormText('InviteFormInput');
 * ```
 */
export const useInviteFormText = (part: string) => usePart(InviteFormTextContext, part);
/**
 * Whether any text is typed (flips once, not on every keystroke).
 *
 * @example
 * ```ts
 * const hasText = useInviteFormHasText('InviteFormSubmit');
 * ```
 */
export const useInviteFormHasText = (part: string) => usePart(InviteFormHasTextContext, part);
/**
 * The entries and their problems.
 *
 * @example
 * ```ts
 * const { entries, groups } = useInviteFormEntriesContext('InviteFormIssues');
 * ```
 */
export const useInviteFormEntriesContext = (part: string) =>
  usePart(InviteFormEntriesContext, part);
/**
 * The role and email language.
 *
 * @example
 * ```ts
 * const { roles, role } = useInviteFormChoices('InviteFormRole');
 * ```
 */
export const useInviteFormChoices = (part: string) => usePart(InviteFormChoicesContext, part);
/**
 * Sending and its outcome.
 *
 * @example
 * ```ts
 * const { isSending, progress } = useInviteFormSending('InviteFormProgress');
 * ```
 */
export const useInviteFormSending = (part: string) => usePart(InviteFormSendingContext, part);
/**
 * The labelling and describing parts that are there (for `aria-describedby`).
 *
 * @example
 * ```ts
 * const present = useInviteFormParts('InviteFormInput');
 * ```
 */
export const useInviteFormParts = (part: string) => usePart(InviteFormPartsContext, part);

/**
 * Tells the root that a labelling or describing part is there while `active`.
 *
 * @example
 * ```ts
 * useRegisterPart(registerPart, 'issues', groups.length > 0);
 * ```
 */
export function useRegisterPart(
  registerPart: InviteFormStatic['registerPart'],
  name: InviteFormPartName,
  active = true,
): void {
  useIsomorphicLayoutEffect(
    () => (active ? registerPart(name) : undefined),
    [registerPart, name, active],
  );
}
