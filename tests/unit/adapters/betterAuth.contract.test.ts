// @vitest-environment node
// The Better Auth adapter against a real Better Auth server running in this process.
import { createBetterAuthInviteClient } from '../../../src/betterAuth';
import type { InviteClient } from '../../../src/client/types';
import { describeInviteClientContract } from '../../../src/testing';
import { startBetterAuth } from '../../helpers/betterAuthServer';

let run = 0;

describeInviteClientContract('createBetterAuthInviteClient (real Better Auth server)', async () => {
  const server = startBetterAuth();
  const admin = await server.signedIn('owner@example.com');
  run += 1;
  const teamA = await admin.organization.create({ name: 'Team A', slug: `team-a-${run}` });
  const teamB = await admin.organization.create({ name: 'Team B', slug: `team-b-${run}` });
  if (!teamA.data || !teamB.data) throw new Error('could not create the organizations');
  const client = createBetterAuthInviteClient(admin, {
    organizationId: teamA.data.id,
    invitationFields: ['firstName', 'lastName', 'locale'],
  });
  // Each invitee answers from their own session, as on their own device.
  const invitees = new Map<string, InviteClient>();
  return {
    client,
    tenantId: teamA.data.id,
    otherTenantId: teamB.data.id,
    tokenFor: (inviteId) => {
      if (!server.emailed.has(inviteId)) throw new Error(`no invitation email for ${inviteId}`);
      return inviteId;
    },
    inviteeClient: async (inviteId) => {
      const invite = await client.userInvite(inviteId);
      if (!invite) throw new Error(`no invite ${inviteId}`);
      let answerer = invitees.get(invite.email);
      if (!answerer) {
        answerer = createBetterAuthInviteClient(await server.signedIn(invite.email));
        invitees.set(invite.email, answerer);
      }
      return answerer;
    },
    resendKeepsToken: true,
    opaqueRefusals: true,
    cannotUpdate: true,
  };
});
