'use client';

import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { entryKey, type InviteEntry, type InviteEntryProblem } from '../inviteEntries';
import {
  useInviteFormEntriesContext,
  useInviteFormStatic,
  type InviteFormStatic,
} from '../inviteFormContext';
import { issueId } from '../issueId';

const chipText = (entry: InviteEntry) =>
  entry.firstName || entry.lastName
    ? `${[entry.firstName, entry.lastName].filter(Boolean).join(' ')} <${entry.email}>`
    : entry.email;

interface ChipProps {
  entry: InviteEntry;
  problem: InviteEntryProblem | undefined;
  form: InviteFormStatic;
}

// One chip; it renders again only when its own entry or problem changes, so "+N more" or a
// new address does not re-render hundreds of chips.
const Chip = memo(function Chip({ entry, problem, form }: ChipProps) {
  const { slot, i18n, ids, actions, inputRef } = form;
  const key = entryKey(entry);
  const text = chipText(entry);
  return (
    <li
      {...slot('chip')}
      data-state={problem ?? 'valid'}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? issueId(ids.issues, key) : undefined}
    >
      {/* A long address is cut short with an ellipsis: the whole of it shows on hover (title)
          and, for keyboard users, while the remove button has focus (see the stylesheet). */}
      <span {...slot('chipLabel')} title={text}>
        {text}
      </span>
      <button
        type="button"
        {...slot('chipRemove')}
        aria-label={i18n.t('form.remove', { email: entry.email })}
        onClick={(event) => {
          event.stopPropagation();
          actions.remove([key]);
          inputRef.current?.focus();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

/**
 * One chip per person (the first `visibleChips`, then "+N more"), each with its full address
 * on hover and focus, its problem (`data-state`: `valid`, `invalid`, `pending`, `failed`) and a
 * remove button. Nothing while the field is empty.
 *
 * @example
 * ```tsx
 * <InviteFormField><InviteFormChips /><InviteFormInput /></InviteFormField>
 * ```
 */
export const InviteFormChips = forwardRef<HTMLUListElement, ComponentPropsWithoutRef<'ul'>>(
  function InviteFormChips({ className, ...props }, ref) {
    const form = useInviteFormStatic('InviteFormChips');
    const { entries, problems, visibleChips } = useInviteFormEntriesContext('InviteFormChips');
    if (entries.length === 0) return null;
    const { slot, i18n, actions } = form;
    const shown = entries.length > visibleChips ? entries.slice(0, visibleChips) : entries;
    const hidden = entries.length - shown.length;
    return (
      <ul
        aria-label={i18n.t('form.entries')}
        {...props}
        ref={ref}
        {...slotWithClassName(slot('chips'), className)}
      >
        {shown.map((entry) => {
          const key = entryKey(entry);
          return <Chip key={key} entry={entry} problem={problems.get(key)} form={form} />;
        })}
        {hidden > 0 && (
          <li>
            <button
              type="button"
              {...slot('more', 'iw-button')}
              data-variant="ghost"
              onClick={actions.showMoreChips}
            >
              {i18n.t('form.more', { count: hidden })}
            </button>
          </li>
        )}
      </ul>
    );
  },
);
