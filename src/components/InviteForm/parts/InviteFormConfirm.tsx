'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { readPortalContext } from '../../shared/readPortalContext';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormSending, useInviteFormStatic } from '../inviteFormContext';

/**
 * The question a large send asks first ("Send 150 invites?"), with the count, as an alert
 * dialog: "Cancel" (focused first) keeps everything as it is. Opens when a send reaches the
 * root's `confirmThreshold` (100 by default).
 *
 * @example
 * ```tsx
 * <InviteFormRoot confirmThreshold={50}>…<InviteFormConfirm /></InviteFormRoot>
 * ```
 */
export const InviteFormConfirm = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormConfirm({ className, ...props }, ref) {
    const { slot, i18n, actions, formRef } = useInviteFormStatic('InviteFormConfirm');
    const { confirmation } = useInviteFormSending('InviteFormConfirm');
    const open = confirmation !== null;
    const count = confirmation?.count ?? 0;
    // The portal leaves the form's tree: carry its forced theme and direction along.
    const inherited = useMemo(
      () => (open ? readPortalContext(formRef.current) : {}),
      [open, formRef],
    );
    return (
      <Dialog.Root open={open} onOpenChange={(next) => !next && actions.cancelSend()}>
        <Dialog.Portal>
          <div
            {...slot('confirmRoot', 'iw-root')}
            data-iw-theme={inherited.theme}
            dir={inherited.dir ?? i18n.dir}
          >
            <Dialog.Overlay {...slot('confirmOverlay')} />
            <Dialog.Content
              {...props}
              ref={ref}
              {...slotWithClassName(slot('confirm'), className)}
              role="alertdialog"
            >
              <Dialog.Title {...slot('confirmTitle')}>
                {i18n.t('form.confirm.title', { count })}
              </Dialog.Title>
              <Dialog.Description {...slot('confirmDescription')}>
                {i18n.t('form.confirm.description', { count })}
              </Dialog.Description>
              <div {...slot('confirmActions')}>
                <Dialog.Close {...slot('confirmNo', 'iw-button')}>
                  {i18n.t('form.confirm.no')}
                </Dialog.Close>
                <button
                  type="button"
                  {...slot('confirmYes', 'iw-button')}
                  data-variant="primary"
                  onClick={() => void actions.confirmSend()}
                >
                  {i18n.t('form.confirm.yes', { count })}
                </button>
              </div>
            </Dialog.Content>
          </div>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
