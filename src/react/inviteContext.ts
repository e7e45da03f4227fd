'use client';

import { createContext } from 'react';
import type { InviteClient } from '../client/types';
import type { InviteMessages } from '../i18n/messages';

/**
 * What the provider hands down: the client, who is acting where, and the text helpers.
 *
 * @example
 * ```ts
 * const { client, tenantId, locale }: InviteContextValue = useInviteContext();
 * ```
 */
export interface InviteContextValue {
  client: InviteClient;
  tenantId: string;
  currentUserId: string | undefined;
  locale: string;
  timeZone: string | undefined;
  /** The host's message overrides; components read text through `useInviteI18n()` (or their own area's messages). */
  messages: Partial<InviteMessages> | undefined;
}

/** The nearest provider's value; `null` outside one. */
export const InviteContext = createContext<InviteContextValue | null>(null);
