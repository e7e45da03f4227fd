'use client';

import { forwardRef } from 'react';
import type { InviteDialogProps } from './InviteDialog';
import { InviteDialogClose } from './parts/InviteDialogClose';
import { InviteDialogContent } from './parts/InviteDialogContent';
import { InviteDialogDescription } from './parts/InviteDialogDescription';
import { InviteDialogForm } from './parts/InviteDialogForm';
import { InviteDialogHeader } from './parts/InviteDialogHeader';
import { InviteDialogRoot } from './parts/InviteDialogRoot';
import { InviteDialogStatus } from './parts/InviteDialogStatus';
import { InviteDialogTitle } from './parts/InviteDialogTitle';
import { InviteDialogTrigger } from './parts/InviteDialogTrigger';

/**
 * The whole {@link InviteDialog} (Radix Dialog, the form, its parsers and words), in a chunk of
 * its own that a page loads when the dialog is about to open. Built from `InviteDialogParts`.
 *
 * @example
 * ```tsx
 * const { InviteDialogAssembled } = await import('./InviteDialogAssembled');
 * <InviteDialogAssembled defaultOpen form={{ defaultRole: 'member' }} />
 * ```
 */
export const InviteDialogAssembled = forwardRef<HTMLDivElement, InviteDialogProps>(
  function InviteDialogAssembled({ trigger, form, container, ...props }, ref) {
    return (
      <InviteDialogRoot {...props}>
        {trigger ? (
          <InviteDialogTrigger asChild>{trigger}</InviteDialogTrigger>
        ) : (
          <InviteDialogTrigger />
        )}
        <InviteDialogStatus />
        <InviteDialogContent ref={ref} container={container}>
          <InviteDialogHeader>
            <InviteDialogTitle />
            <InviteDialogDescription />
          </InviteDialogHeader>
          <InviteDialogForm {...form} />
          <InviteDialogClose />
        </InviteDialogContent>
      </InviteDialogRoot>
    );
  },
);
