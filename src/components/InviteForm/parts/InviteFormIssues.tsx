'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { describeInviteErrorCode } from '../../../i18n/describeError';
import type { InviteI18n } from '../../../i18n/format';
import type { MessageKey } from '../../../i18n/messages';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { entryKey, type InviteEntry } from '../inviteEntries';
import {
  useInviteFormEntriesContext,
  useInviteFormHasText,
  useInviteFormStatic,
  useRegisterPart,
  type InviteFormStatic,
} from '../inviteFormContext';
import type { InviteProblemGroup, InviteProblemReason } from '../inviteOutcomes';
import { issueId } from '../issueId';
import { primaryAction } from '../primaryAction';

const LINE: Record<Exclude<InviteProblemReason, 'failed'>, MessageKey> = {
  invalid: 'form.group.invalid',
  already_invited: 'form.group.invited',
  already_member: 'form.group.member',
};
const REMOVE: Record<InviteProblemReason, MessageKey> = {
  invalid: 'form.group.removeInvalid',
  already_invited: 'form.group.removeInvited',
  already_member: 'form.group.removeMembers',
  failed: 'form.group.removeFailed',
};

/** Why one entry needs attention, as its chip is described and its expanded line reads. */
function entryReason(i18n: InviteI18n, group: InviteProblemGroup, entry: InviteEntry): string {
  if (entry.error) return describeInviteErrorCode(i18n, entry.error.code, entry.error.retryAfterMs);
  return i18n.t(group.reason === 'invalid' ? 'form.issue.invalid' : 'form.issue.pending');
}

function Group(props: {
  group: InviteProblemGroup;
  form: InviteFormStatic;
  listed: number;
  retryHere: boolean;
}) {
  const { group, form, listed, retryHere } = props;
  const { slot, i18n, ids, actions, inputRef } = form;
  const count = group.entries.length;
  const line =
    group.reason === 'failed'
      ? i18n.t('form.group.failed', {
          count,
          reason: describeInviteErrorCode(i18n, group.code ?? 'unknown', group.retryAfterMs),
        })
      : i18n.t(LINE[group.reason], { count });
  const keys = () => group.entries.map(entryKey);
  const act = (run: () => unknown) => () => {
    void run();
    inputRef.current?.focus();
  };
  const rest = count - Math.min(count, listed);
  // One address: the line names it, with its reason; there is nothing more to show.
  const only = count === 1 ? group.entries[0]! : null;
  return (
    <li
      {...slot('issue')}
      data-state={group.reason}
      data-retryable={group.retryable ? '' : undefined}
    >
      {only ? (
        <span {...slot('issueText')} id={issueId(ids.issues, entryKey(only))}>
          <bdi>{only.email}</bdi>
          {i18n.t('form.issue.separator')}
          {entryReason(i18n, group, only)}
        </span>
      ) : (
        <span {...slot('issueText')}>{line}</span>
      )}
      {group.retryable ? (
        retryHere && (
          <button
            type="button"
            {...slot('retry', 'iw-button')}
            onClick={act(() => actions.retry(keys()))}
          >
            {i18n.t('form.group.retry', { count })}
          </button>
        )
      ) : (
        <button
          type="button"
          {...slot('issueRemove', 'iw-button')}
          onClick={act(() => actions.remove(keys()))}
        >
          {i18n.t(REMOVE[group.reason], { count })}
        </button>
      )}
      {!only && (
        <details {...slot('issueDetails')}>
          <summary>{i18n.t('form.group.show', { count })}</summary>
          <ul>
            {group.entries.slice(0, listed).map((entry) => (
              <li key={entryKey(entry)} id={issueId(ids.issues, entryKey(entry))}>
                <bdi>{entry.email}</bdi>
                {i18n.t('form.issue.separator')}
                {entryReason(i18n, group, entry)}
              </li>
            ))}
          </ul>
          {rest > 0 && <p>{i18n.t('form.group.more', { count: rest })}</p>}
        </details>
      )}
    </li>
  );
}

/**
 * What needs attention, one line per reason ("400 couldn't be sent: we couldn't reach the
 * server."), each with the action that helps: "Retry" for failures a retry can cure, "Remove"
 * for the rest (already a member, already invited, not an address). The addresses of a line,
 * each with its reason, are one click away ("Show 400 addresses"). Nothing while all is well.
 *
 * @example
 * ```tsx
 * <InviteFormIssues className="mt-2" />
 * ```
 */
export const InviteFormIssues = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormIssues({ className, ...props }, ref) {
    const form = useInviteFormStatic('InviteFormIssues');
    const { groups, sendable, retryable, visibleChips } =
      useInviteFormEntriesContext('InviteFormIssues');
    const hasText = useInviteFormHasText('InviteFormIssues');
    useRegisterPart(form.registerPart, 'issues', groups.length > 0);
    if (groups.length === 0) return null;
    // When the send button is already "Retry N" for the one retryable reason, its line does not
    // offer the same button a second time.
    const retryGroups = groups.filter((group) => group.retryable).length;
    const primary = primaryAction({ sendable, retryable, hasText, isSending: false });
    const retryHere = primary.kind !== 'retry' || retryGroups > 1;
    return (
      <div
        {...props}
        ref={ref}
        {...slotWithClassName(form.slot('issues'), className)}
        id={form.ids.issues}
      >
        <p>{form.i18n.t('form.issues')}</p>
        <ul>
          {groups.map((group) => (
            <Group
              key={group.id}
              group={group}
              form={form}
              listed={visibleChips}
              retryHere={retryHere}
            />
          ))}
        </ul>
      </div>
    );
  },
);
