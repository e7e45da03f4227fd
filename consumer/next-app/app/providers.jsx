'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { InviteClientProvider } from 'invite-widgets';
import { useState } from 'react';
import {
  CURRENT_USER_ID,
  LOCALE,
  TENANT_ID,
  TIME_ZONE,
  createInviteBackend,
} from '../lib/inviteBackend';

/** One QueryClient and one invite client per browser tab (and per request on the server). */
export function Providers({ children }) {
  const [queryClient] = useState(
    // Data prefetched on the server stays fresh for a minute: no refetch right after hydration.
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }),
  );
  const [client] = useState(createInviteBackend);
  return (
    <QueryClientProvider client={queryClient}>
      <InviteClientProvider
        client={client}
        tenantId={TENANT_ID}
        currentUserId={CURRENT_USER_ID}
        locale={LOCALE}
        timeZone={TIME_ZONE}
      >
        {children}
      </InviteClientProvider>
    </QueryClientProvider>
  );
}
