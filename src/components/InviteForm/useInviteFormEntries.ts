'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParsedInvitee } from '../../parse/parseInviteList';
import { parseInviteList } from '../../parse/parseInviteList';
import { useInviteContext } from '../../react/useInviteContext';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import { useControllableState } from '../shared/useControllableState';
import { inviteDraftKey, readInviteDraft, writeInviteDraft } from './inviteDraft';
import { entryKey, mergeEntries, type InviteEntry } from './inviteEntries';

const NO_ENTRIES: InviteEntry[] = [];
// "+N more" reveals this many chips at a time: 10,000 at once would freeze the page.
const MORE_CHIPS = 200;

/** Options of {@link useInviteFormEntries}: the entries' control and the draft. */
export interface InviteFormEntriesOptions {
  value?: InviteEntry[];
  defaultValue?: InviteEntry[];
  onValueChange?: (entries: InviteEntry[]) => void;
  persistDraft?: boolean;
  visibleChips?: number;
  /** Called when the tenant or user changes and the form starts again. */
  onRestart?: () => void;
}

/**
 * The people in the form and the text not yet turned into one: typing, committing, merging
 * duplicates, removing, the draft (per tenant and user) and "+N more". No DOM.
 *
 * @example
 * ```ts
 * const entries = useInviteFormEntries({ persistDraft: true });
 * entries.commitText('ada@example.com, grace@example.com');
 * ```
 */
export function useInviteFormEntries(options: InviteFormEntriesOptions) {
  const { persistDraft = false, visibleChips = 30, onRestart } = options;
  const { tenantId, currentUserId } = useInviteContext();
  const [entries, setEntries] = useControllableState(
    options.value,
    options.defaultValue ?? NO_ENTRIES,
    options.onValueChange,
  );
  const [text, setTextState] = useState('');
  const [duplicates, setDuplicates] = useState(0);
  const [shownChips, setShownChips] = useState(visibleChips);
  // Read and written at once, not at the next render: two commits in one event (a paste, then
  // a submit) must build on each other.
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const textRef = useRef(text);
  const restart = useRef(onRestart);
  restart.current = onRestart;

  const setText = useCallback((next: string) => {
    textRef.current = next;
    setTextState(next);
  }, []);

  const replaceEntries = useCallback(
    (next: InviteEntry[]) => {
      entriesRef.current = next;
      setEntries(next);
    },
    [setEntries],
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
    setShownChips(visibleChips);
    restart.current?.();
  }, [entriesScope, draftScope, persistDraft, setEntries, setText, visibleChips]);
  useEffect(() => {
    if (persistDraft && entriesScope === draftScope) writeInviteDraft(draftScope, entries);
  }, [persistDraft, entriesScope, draftScope, entries]);

  /** Adds people; returns how many were new and how many were already there. */
  const addPeople = useCallback(
    (people: readonly ParsedInvitee[]) => {
      const merged = mergeEntries(entriesRef.current, [...people]);
      setDuplicates(merged.duplicates);
      if (merged.entries !== entriesRef.current) replaceEntries(merged.entries);
      return {
        entries: merged.entries,
        added: people.length - merged.duplicates,
        duplicates: merged.duplicates,
      };
    },
    [replaceEntries],
  );

  /** Turns `raw` (default: the typed text, which then empties) into entries. */
  const commitText = useCallback(
    (raw?: string) => {
      const source = raw ?? textRef.current;
      if (raw === undefined && source !== '') setText('');
      if (source.trim() === '') return entriesRef.current;
      return addPeople(parseInviteList(source)).entries;
    },
    [addPeople, setText],
  );

  /** Removes the entries with these keys; returns the removed ones. */
  const removeEntries = useCallback(
    (keys: Iterable<string>) => {
      const drop = new Set(keys);
      const removed: InviteEntry[] = [];
      const kept = entriesRef.current.filter((entry) => {
        const gone = drop.has(entryKey(entry));
        if (gone) removed.push(entry);
        return !gone;
      });
      if (removed.length > 0) replaceEntries(kept);
      return removed;
    },
    [replaceEntries],
  );

  const updateEntry = useCallback(
    (key: string, patch: Partial<InviteEntry>) =>
      replaceEntries(
        entriesRef.current.map((entry) =>
          entryKey(entry) === key ? { ...entry, ...patch } : entry,
        ),
      ),
    [replaceEntries],
  );

  const showMoreChips = useCallback(() => setShownChips((count) => count + MORE_CHIPS), []);

  // Text typed but not yet a chip survives the form unmounting (a dialog closing) as a chip.
  const commitOnUnmount = useRef(commitText);
  commitOnUnmount.current = commitText;
  useEffect(() => () => void commitOnUnmount.current(), []);

  return {
    entries,
    entriesRef,
    text,
    textRef,
    duplicates,
    visibleChips: shownChips,
    setText,
    replaceEntries,
    addPeople,
    commitText,
    removeEntries,
    updateEntry,
    showMoreChips,
    clearDuplicates: useCallback(() => setDuplicates(0), []),
  };
}
