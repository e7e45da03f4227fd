import { useEffect, useState } from 'react';
import type { InviteClient } from '../src/client/types';

/**
 * The seed guide's status page, as written there: one interval per email, each asking for
 * that email's invites every 5 s. The benchmark renders one per invite to compare.
 */
export function SeedPollingPage({
  client,
  tenantId,
  email,
}: {
  client: InviteClient;
  tenantId: string;
  email: string;
}) {
  const [inviteStatus, setInviteStatus] = useState('pending');
  const POLL_INTERVAL = 5000;
  useEffect(() => {
    const pollInviteStatus = setInterval(async () => {
      if (email) {
        const inviteeData = await client.userInvites({ tenantId, filter: { email } });
        if (inviteeData && inviteeData.data && inviteeData.data.length) {
          setInviteStatus(inviteeData.data[0]!.status);
        }
      }
    }, POLL_INTERVAL);
    return () => clearInterval(pollInviteStatus);
  }, [client, tenantId, email]);
  return <p>Invitation Status: {inviteStatus}</p>;
}
