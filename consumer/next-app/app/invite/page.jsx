import { AcceptInvitePanel } from './AcceptInvitePanel';

/** The link in the invite email: /invite?token=…. In Next 15 and 16 searchParams is a promise. */
export default async function InvitePage({ searchParams }) {
  const { token } = await searchParams;
  return (
    <main>
      <AcceptInvitePanel token={typeof token === 'string' ? token : ''} />
    </main>
  );
}
