'use client';

import { AcceptInvite } from 'invite-widgets/AcceptInvite';
import { useRouter } from 'next/navigation';

/** A client component: the callback lives here, since a server page cannot pass functions. */
export function AcceptInvitePanel({ token }) {
  const router = useRouter();
  return <AcceptInvite token={token} headingLevel={1} onAccepted={() => router.push('/welcome')} />;
}
