'use client';

import type { QueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import type { InviteClient } from '../client/types';
import { InviteContext, type InviteContextValue } from './inviteContext';

/**
 * What a hook may be given explicitly instead of taking it from the nearest
 * `InviteClientProvider`, as TanStack Query's hooks take a `queryClient`: a client and tenant,
 * and the QueryClient to run in.
 *
 * @example
 * ```ts
 * useUserInvites({ limit: 10 }, { client: adminClient, tenantId: 'acme' });
 * ```
 */
export interface InviteScope {
  /** The client to call; default the provider's. */
  client?: InviteClient;
  /** The tenant to act in; default the provider's. Needed when `client` is given outside a provider. */
  tenantId?: string;
  /** The QueryClient to use; default the one of the surrounding `QueryClientProvider`. */
  queryClient?: QueryClient;
}

/**
 * The client, tenant, user and locale of the nearest `InviteClientProvider`, with what `scope`
 * gives explicitly taking precedence. Throws an error that names the provider to add when there
 * is neither.
 *
 * @example
 * ```tsx
 * function InviteCount() {
 *   const { client, tenantId } = useInviteContext();
 *   // …
 * }
 * ```
 */
export function useInviteContext(scope: InviteScope = {}): InviteContextValue {
  const value = useContext(InviteContext);
  const { client, tenantId } = scope;
  if (value) {
    if (client === undefined && tenantId === undefined) return value;
    return { ...value, client: client ?? value.client, tenantId: tenantId ?? value.tenantId };
  }
  if (client && tenantId !== undefined) {
    return {
      client,
      tenantId,
      currentUserId: undefined,
      locale: 'en-US',
      timeZone: undefined,
      messages: undefined,
    };
  }
  throw new Error(
    client
      ? 'An invite hook was given a `client` but no `tenantId`, outside <InviteClientProvider>. ' +
          'Pass both, or wrap it in <InviteClientProvider client={…} tenantId={…}>.'
      : 'Invite hooks and components must be used within <InviteClientProvider>. Wrap them in ' +
          '<InviteClientProvider client={…} tenantId={…}>, or pass `client` and `tenantId` to the hook.',
  );
}
