// The ROQ adapter against the request and response examples of the seed documents
// (the User Invites API reference and the invite-flow walkthrough), to the letter.
import { createRoqInviteClient, type RoqPlatform } from '../../../src/client/adapters/roq';

const TENANT = 'dc92f95d-42bd-45af-84a7-da227d694cbb';
const SENDER = '8b249b07-bdd9-43f7-a10e-ace10f27ff66';
const INVITE_ID = 'db7a682d-6dca-4259-b15b-83aef12d1f5c';

// "If the user invitation is a success, we will get the response data:" (walkthrough)
const SENT = {
  acceptedByUserId: null,
  createdAt: '2023-10-27T00:14:36.900Z',
  createdByUserId: SENDER,
  data: null,
  email: 'wick.john@roq.tech',
  firstName: '',
  id: INVITE_ID,
  locale: 'en-US',
  lastName: '',
  roleKeys: null,
  status: 'pending',
  statusUpdatedAt: '2022-08-10T09:02:18.579Z',
  tenantId: TENANT,
  updatedAt: '2023-10-27T00:14:36.900Z',
  userTokenId: 'e9ff1946-6060-4917-911b-c571cd98466a',
};

// "If the invitee accepts the invitation, the response status will have an accepted value:"
const ACCEPTED = {
  ...SENT,
  acceptedByUserId: '9a2f96fa-6313-4b97-9de8-d735a0365d2e',
  roleKeys: [],
  status: 'accepted',
  statusUpdatedAt: '2023-10-27T03:27:02.343Z',
  updatedAt: '2023-10-27T03:27:03.202Z',
};

function recordingPlatform(responses: Partial<Record<keyof RoqPlatform, unknown>>) {
  const calls: { method: string; args: unknown }[] = [];
  const method = (name: keyof RoqPlatform) =>
    vi.fn(async (args: unknown) => {
      calls.push({ method: name, args });
      return responses[name];
    });
  const platform = {
    sendUserInvites: method('sendUserInvites'),
    resendUserInvite: method('resendUserInvite'),
    cancelUserInvite: method('cancelUserInvite'),
    acceptUserInvite: method('acceptUserInvite'),
    updateUserInvite: method('updateUserInvite'),
    userInvites: method('userInvites'),
    userInvite: method('userInvite'),
  } as unknown as RoqPlatform;
  return { platform, calls };
}

describe('createRoqInviteClient, against the seed examples', () => {
  it('sends the walkthrough invite in its exact shape and reads the wrapped answer', async () => {
    const { platform, calls } = recordingPlatform({
      sendUserInvites: { sendUserInvites: { success: [SENT], errors: [] } },
    });
    const client = createRoqInviteClient(platform);
    const result = await client.sendUserInvites({
      tenantId: TENANT,
      userInvites: [{ createdByUserId: SENDER, email: 'wick.john@roq.tech', locale: 'en-US' }],
    });
    expect(calls).toEqual([
      {
        method: 'sendUserInvites',
        args: {
          userInvites: {
            tenantId: TENANT,
            userInvites: [
              { createdByUserId: SENDER, email: 'wick.john@roq.tech', locale: 'en-US' },
            ],
          },
        },
      },
    ]);
    expect(result).toEqual({
      success: [{ ...SENT, firstName: null, lastName: null }],
      errors: [],
    });
  });

  it("sends the API reference's server example, roles included, and reads a bare answer", async () => {
    const { platform, calls } = recordingPlatform({
      sendUserInvites: { success: [SENT], errors: [] },
    });
    const client = createRoqInviteClient(platform, { style: 'server' });
    const result = await client.sendUserInvites({
      tenantId: 'ee764883-f2c3-4486-9de6-070345e350af',
      userInvites: [
        {
          createdByUserId: '530c9a92-71c5-4dce-a6e3-c638c2d0b1bc',
          email: 'wick.john@gmail.com',
          locale: 'en-US',
          roleKeys: ['content-creator'],
        },
      ],
    });
    expect(calls[0]!.args).toEqual({
      userInvites: {
        tenantId: 'ee764883-f2c3-4486-9de6-070345e350af',
        userInvites: [
          {
            createdByUserId: '530c9a92-71c5-4dce-a6e3-c638c2d0b1bc',
            email: 'wick.john@gmail.com',
            locale: 'en-US',
            roles: ['content-creator'],
          },
        ],
      },
    });
    expect(result.success[0]!.id).toBe(INVITE_ID);
  });

  it('resends and cancels with the browser client: { userInviteId }', async () => {
    const { platform, calls } = recordingPlatform({
      resendUserInvite: { resendUserInvite: SENT },
      cancelUserInvite: { cancelUserInvite: { ...SENT, status: 'canceled' } },
    });
    const client = createRoqInviteClient(platform);
    expect((await client.resendUserInvite(INVITE_ID)).id).toBe(INVITE_ID);
    expect((await client.cancelUserInvite(INVITE_ID)).status).toBe('canceled');
    expect(calls).toEqual([
      { method: 'resendUserInvite', args: { userInviteId: INVITE_ID } },
      { method: 'cancelUserInvite', args: { userInviteId: INVITE_ID } },
    ]);
  });

  it('resends and cancels with the server client: a bare id', async () => {
    const { platform, calls } = recordingPlatform({
      resendUserInvite: SENT,
      cancelUserInvite: SENT,
    });
    const client = createRoqInviteClient(platform, { style: 'server' });
    await client.resendUserInvite('d1459a92-71c5-4edc-a6a1-c638c2d0d34c');
    await client.cancelUserInvite('d1459a92-71c5-4edc-a6a1-c638c2d0d34c');
    expect(calls.map((call) => call.args)).toEqual([
      'd1459a92-71c5-4edc-a6a1-c638c2d0d34c',
      'd1459a92-71c5-4edc-a6a1-c638c2d0d34c',
    ]);
  });

  it('accepts with { acceptUserInvite: { token } }', async () => {
    const { platform, calls } = recordingPlatform({
      acceptUserInvite: { acceptUserInvite: ACCEPTED },
    });
    const client = createRoqInviteClient(platform, { style: 'server' });
    const accepted = await client.acceptUserInvite({ token: 'oneTimeToken' });
    expect(calls).toEqual([
      { method: 'acceptUserInvite', args: { acceptUserInvite: { token: 'oneTimeToken' } } },
    ]);
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedByUserId: '9a2f96fa-6313-4b97-9de8-d735a0365d2e',
    });
  });

  it('updates with { id, userInvite }, exactly as the reference shows', async () => {
    const { platform, calls } = recordingPlatform({
      updateUserInvite: { ...SENT, firstName: 'Fast', lastName: 'Ninja', locale: 'id-ID' },
    });
    const client = createRoqInviteClient(platform, { style: 'server' });
    await client.updateUserInvite('3f6f6373-f05e-45be-b0bf-e03dea172881', {
      acceptedByUserId: null,
      firstName: 'Fast',
      lastName: 'Ninja',
      locale: 'id-ID',
      data: { address: 'Brosot ST.' },
    });
    expect(calls[0]!.args).toEqual({
      id: '3f6f6373-f05e-45be-b0bf-e03dea172881',
      userInvite: {
        acceptedByUserId: null,
        firstName: 'Fast',
        lastName: 'Ninja',
        locale: 'id-ID',
        data: { address: 'Brosot ST.' },
      },
    });
  });

  it("finds an invite by email the walkthrough's way, and reads the wrapped page", async () => {
    const { platform, calls } = recordingPlatform({
      userInvites: { userInvites: { data: [ACCEPTED], totalCount: 1 } },
    });
    const client = createRoqInviteClient(platform);
    const page = await client.userInvites({
      tenantId: TENANT,
      filter: { email: 'wick.john@roq.tech' },
    });
    expect(calls[0]!.args).toMatchObject({ filter: { email: { equalTo: 'wick.john@roq.tech' } } });
    expect(page).toEqual({
      data: [{ ...ACCEPTED, firstName: null, lastName: null }],
      totalCount: 1,
    });
  });

  it('lists with { limit } and fetches one invite with { id }', async () => {
    const { platform, calls } = recordingPlatform({
      userInvites: { data: [SENT], totalCount: 1 },
      userInvite: { userInvite: SENT },
    });
    const client = createRoqInviteClient(platform, { style: 'server' });
    await client.userInvites({ tenantId: TENANT, limit: 10 });
    expect(await client.userInvite('78f665fb-61ab-4931-a565-3136e6d01553')).toMatchObject({
      id: INVITE_ID,
    });
    expect(calls[0]!.args).toMatchObject({ limit: 10 });
    expect(calls[1]).toEqual({
      method: 'userInvite',
      args: { id: '78f665fb-61ab-4931-a565-3136e6d01553' },
    });
  });

  it('maps what ROQ throws and reports onto the contract codes', async () => {
    const platform = {
      ...recordingPlatform({}).platform,
      resendUserInvite: vi
        .fn()
        .mockRejectedValue(Object.assign(new Error('Too many requests'), { status: 429 })),
      cancelUserInvite: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')),
      acceptUserInvite: vi.fn().mockRejectedValue(new Error('Invite token expired')),
      sendUserInvites: vi.fn().mockResolvedValue({
        sendUserInvites: {
          success: [],
          errors: [
            { email: 'a@b.co', message: 'User is already invited' },
            { userInvite: { email: 'x@' }, error: 'Invalid email' },
          ],
        },
      }),
    } as unknown as RoqPlatform;
    const client = createRoqInviteClient(platform);
    await expect(client.resendUserInvite('x')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(client.cancelUserInvite('x')).rejects.toMatchObject({ code: 'network' });
    await expect(client.acceptUserInvite({ token: 't' })).rejects.toMatchObject({
      code: 'expired',
    });
    const result = await client.sendUserInvites({
      tenantId: TENANT,
      userInvites: [{ email: 'a@b.co' }, { email: 'x@' }],
    });
    expect(result.errors.map((error) => [error.email, error.code])).toEqual([
      ['a@b.co', 'already_invited'],
      ['x@', 'invalid_email'],
    ]);
  });
});
