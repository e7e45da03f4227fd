'use client';

import {
  forwardRef,
  useState,
  type ComponentPropsWithoutRef,
  type DragEvent,
  type MouseEvent,
} from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormEntriesContext, useInviteFormStatic } from '../inviteFormContext';
import { useImportInviteFiles } from '../useImportInviteFiles';
import { InviteFormChips } from './InviteFormChips';
import { InviteFormInput } from './InviteFormInput';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * The box that holds the chips and the text input (by default {@link InviteFormChips} and
 * {@link InviteFormInput}; pass children to arrange them). A `.csv`, `.txt` or `.vcf` file
 * dropped on it is read in the browser and its people join the field. A click on its empty
 * space puts the cursor in the input. `data-state` is `attention` while any entry has a
 * problem; `data-dragging` is present while a file is dragged over it.
 *
 * @example
 * ```tsx
 * <InviteFormField className="min-h-24" />
 * ```
 */
export const InviteFormField = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormField({ className, children, ...props }, ref) {
    const { slot, i18n, inputRef } = useInviteFormStatic('InviteFormField');
    const { problems } = useInviteFormEntriesContext('InviteFormField');
    const importFiles = useImportInviteFiles('InviteFormField');
    const [dragging, setDragging] = useState(false);

    const onDragOver = (event: DragEvent<HTMLDivElement>) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const onDrop = (event: DragEvent<HTMLDivElement>) => {
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      void importFiles([...event.dataTransfer.files]);
    };
    const onClick = (event: MouseEvent<HTMLDivElement>) => {
      const target = event.target as Element;
      if (!target.closest('button, a, input, select, textarea, summary')) inputRef.current?.focus();
    };

    return (
      <div
        {...props}
        ref={ref}
        {...slotWithClassName(slot('field'), className)}
        data-state={problems.size > 0 ? 'attention' : 'ok'}
        data-dragging={dragging ? '' : undefined}
        onClick={composeEventHandlers(props.onClick, onClick)}
        onDragOver={composeEventHandlers(props.onDragOver, onDragOver)}
        onDragLeave={composeEventHandlers(props.onDragLeave, onDragLeave)}
        onDrop={composeEventHandlers(props.onDrop, onDrop)}
      >
        {children ?? (
          <>
            <InviteFormChips />
            <InviteFormInput />
          </>
        )}
        {dragging && (
          <span {...slot('drop')} aria-hidden="true">
            {i18n.t('form.drop')}
          </span>
        )}
      </div>
    );
  },
);
