'use client';

import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useInviteFormStatic } from './inviteFormContext';
import { MAX_INVITE_FILE_BYTES, type InviteFileProblem } from './inviteFile';
import { lazyModule } from '../shared/lazyModule';

/**
 * The file readers (decoding, vCard): they load on the first import, so a page that never
 * imports a file does not ship them; a failed fetch is tried again on the next file.
 */
export const inviteFileReaders = lazyModule(() => import('./readInviteFile'));

const PROBLEM: Record<InviteFileProblem, MessageKey> = {
  unsupported: 'form.import.unsupported',
  tooLarge: 'form.import.tooLarge',
  unreadable: 'form.import.unreadable',
};

/**
 * Reads chosen or dropped files into the form: their people join the field (nothing is sent),
 * with the count announced; a file that cannot be read says why.
 *
 * @example
 * ```tsx
 * const importFiles = useImportInviteFiles('MyDropZone');
 * <div onDrop={(event) => void importFiles([...event.dataTransfer.files])} />
 * ```
 */
export function useImportInviteFiles(part: string) {
  const { actions, i18n } = useInviteFormStatic(part);
  return useCallback(
    async (files: readonly File[]) => {
      const loaded = await inviteFileReaders.load().catch(() => null);
      if (!loaded) return actions.setFormError(i18n.t('error.network'));
      const { readInviteFile } = loaded;
      for (const file of files) {
        const read = await readInviteFile(file);
        if ('problem' in read) {
          const size = `${i18n.formatNumber(MAX_INVITE_FILE_BYTES / 1024 / 1024)} MB`;
          actions.setFormError(i18n.t(PROBLEM[read.problem], { file: file.name, size }));
        } else actions.importPeople(read.people, file.name);
      }
    },
    [actions, i18n],
  );
}
