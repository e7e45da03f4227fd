'use client';

import { forwardRef, type ChangeEvent, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { visuallyHidden } from '../../shared/visuallyHidden';
import { useInviteFormStatic } from '../inviteFormContext';
import { INVITE_FILE_ACCEPT } from '../inviteFile';
import { useImportInviteFiles } from '../useImportInviteFiles';

/**
 * "Upload CSV": a native file input (`.csv`, `.txt`, `.vcf`) behind a button-like label, so
 * it takes focus, Enter and Space like any control. The file is read in the browser and its
 * people join the field with their count announced; nothing is sent until the person sends.
 * Children replace the label's text.
 *
 * @example
 * ```tsx
 * <InviteFormActions><InviteFormUpload>Import contacts</InviteFormUpload><InviteFormSubmit /></InviteFormActions>
 * ```
 */
export const InviteFormUpload = forwardRef<HTMLLabelElement, ComponentPropsWithoutRef<'label'>>(
  function InviteFormUpload({ className, children, ...props }, ref) {
    const { slot, i18n } = useInviteFormStatic('InviteFormUpload');
    const importFiles = useImportInviteFiles('InviteFormUpload');
    const onChange = (event: ChangeEvent<HTMLInputElement>) => {
      const files = [...(event.currentTarget.files ?? [])];
      // Choosing the same file again (after removing its people) must import it again.
      event.currentTarget.value = '';
      void importFiles(files);
    };
    return (
      <label {...props} ref={ref} {...slotWithClassName(slot('upload', 'iw-button'), className)}>
        <input
          type="file"
          accept={INVITE_FILE_ACCEPT}
          multiple
          style={visuallyHidden}
          onChange={onChange}
        />
        {children ?? i18n.t('form.upload')}
      </label>
    );
  },
);
