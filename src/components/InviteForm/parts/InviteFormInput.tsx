'use client';

import {
  forwardRef,
  type ClipboardEvent,
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { entryKey } from '../inviteEntries';
import {
  useInviteFormEntriesContext,
  useInviteFormParts,
  useInviteFormStatic,
  useInviteFormText,
} from '../inviteFormContext';

const SEPARATOR_KEYS = new Set([',', ';', ' ']);

/**
 * The text input of the field. Enter, Tab, comma, semicolon or space turn what is typed into a
 * chip; Backspace in the empty input removes the last one; a pasted list becomes chips at once.
 * Leaving the input makes a chip too, except towards the send button: the send takes the text
 * itself, so nothing moves under the pointer between pressing and releasing the button.
 *
 * @example
 * ```tsx
 * <InviteFormField><InviteFormChips /><InviteFormInput placeholder="Emails" /></InviteFormField>
 * ```
 */
export const InviteFormInput = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(
  function InviteFormInput({ className, ...props }, forwardedRef) {
    const { slot, i18n, ids, actions, inputRef, submitRef, submitPressed } =
      useInviteFormStatic('InviteFormInput');
    const text = useInviteFormText('InviteFormInput');
    const { entries, problems } = useInviteFormEntriesContext('InviteFormInput');
    const present = useInviteFormParts('InviteFormInput');
    const ref = useComposedRefs(forwardedRef, inputRef);
    const describedBy = [
      present.has('hint') && ids.hint,
      present.has('summary') && ids.summary,
      present.has('issues') && problems.size > 0 && ids.issues,
    ]
      .filter(Boolean)
      .join(' ');

    const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      if (event.key === 'Enter' || event.key === 'Tab' || SEPARATOR_KEYS.has(event.key)) {
        if (value.trim() === '') {
          if (event.key !== 'Enter' && event.key !== 'Tab') event.preventDefault();
          return;
        }
        if (event.key !== 'Tab') event.preventDefault();
        actions.commitText();
      } else if (event.key === 'Backspace' && value === '' && entries.length > 0) {
        event.preventDefault();
        actions.remove([entryKey(entries.at(-1)!)]);
      }
    };

    const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
      const pasted = event.clipboardData.getData('text');
      if (!/[,;\s]/.test(pasted.trim())) return; // one address: let it be typed in
      event.preventDefault();
      actions.setText('');
      actions.commitText(`${text}${pasted}`);
    };

    const onBlur = (event: FocusEvent<HTMLInputElement>) => {
      // Towards the send button (a press on it is under way, or focus lands on it): the send
      // commits the text itself. Committing here would add a chip, the name fields and a new
      // label above the button between its mousedown and its click, and the click would miss.
      const towardsSubmit = submitPressed.current || event.relatedTarget === submitRef.current;
      if (!towardsSubmit) actions.commitText();
    };

    return (
      <input
        type="text"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        placeholder={entries.length === 0 ? i18n.t('form.placeholder') : undefined}
        aria-label={present.has('label') ? undefined : i18n.t('form.label')}
        aria-describedby={describedBy || undefined}
        {...props}
        ref={ref}
        {...slotWithClassName(slot('input'), className)}
        id={ids.input}
        value={text}
        onChange={composeEventHandlers(props.onChange, (event) =>
          actions.setText(event.target.value),
        )}
        onKeyDown={composeEventHandlers(props.onKeyDown, onKeyDown)}
        onPaste={composeEventHandlers(props.onPaste, onPaste)}
        onBlur={composeEventHandlers(props.onBlur, onBlur)}
      />
    );
  },
);
