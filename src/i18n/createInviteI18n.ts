import { buildInviteI18n, type InviteI18n, type InviteI18nOptions } from './format';
import { defaultMessages } from './messages';

/**
 * Builds an {@link InviteI18n} with every English message, the host's overrides (or its
 * catalogue for the locale) merged over them: for text outside React, such as a server-side
 * email or a test.
 *
 * @example
 * ```ts
 * const { t } = createInviteI18n({ messages: { 'status.pending': 'Waiting' } });
 * t('status.pending'); // 'Waiting'
 * ```
 */
export function createInviteI18n(options: InviteI18nOptions = {}): InviteI18n {
  return buildInviteI18n(defaultMessages, options);
}
