// The contract a backend fulfils (InviteClient), the statuses and errors it speaks in, and the
// memory client and contract suite a host tests its own backend with.
import { describe, expectTypeOf, test } from 'vitest';
import {
  INVITE_STATUSES,
  InviteClientError,
  isInviteClientError,
  isInviteErrorCode,
  isKnownInviteStatus,
  toInviteClientError,
  type INVITE_ERROR_CODES,
  type InviteClient,
  type InviteClientProviderProps,
  type InviteErrorCode,
  type InvitePreview,
  type InviteRole,
  type InviteStatus,
  type KnownInviteStatus,
  type SendUserInvitesResult,
  type UserInvite,
  type UserInvitesPage,
} from 'invite-widgets';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
  type MemoryInviteClientMethod,
} from 'invite-widgets/memory';
import {
  describeInviteClientContract,
  type InviteClientContractHarness,
} from 'invite-widgets/testing';

/** The keys of `T` that an object of that type must have. */
type RequiredKeys<T> = {
  [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K> ? never : K;
}[keyof T];
/** The keys of `T` whose values are functions. */
type MethodKeys<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends (...args: never[]) => unknown ? K : never;
}[keyof T];

declare const invite: UserInvite;
declare const page: UserInvitesPage;
declare const sent: SendUserInvitesResult;

// A backend of a host's own, with the required methods only.
const minimal = {
  sendUserInvites: async () => sent,
  resendUserInvite: async () => invite,
  cancelUserInvite: async () => invite,
  updateUserInvite: async () => invite,
  acceptUserInvite: async () => invite,
  userInvites: async () => page,
  userInvite: async () => null,
};

describe('InviteClient', () => {
  test('seven methods are required, the rest is optional', () => {
    expectTypeOf<RequiredKeys<InviteClient>>().toEqualTypeOf<
      | 'sendUserInvites'
      | 'resendUserInvite'
      | 'cancelUserInvite'
      | 'updateUserInvite'
      | 'acceptUserInvite'
      | 'userInvites'
      | 'userInvite'
    >();
    expectTypeOf<Exclude<keyof InviteClient, RequiredKeys<InviteClient>>>().toEqualTypeOf<
      | 'maxBatchSize'
      | 'maxPageSize'
      | 'resendCooldownMs'
      | 'supportsUpdatedAfter'
      | 'supportsUpdateUserInvite'
      | 'declineUserInvite'
      | 'subscribe'
      | 'listRoles'
      | 'getInviteLink'
      | 'userInviteByToken'
    >();
    expectTypeOf(minimal).toExtend<InviteClient>();
  });

  test('an object literal missing a required method is an error', () => {
    const _complete: InviteClient = {
      sendUserInvites: async () => sent,
      resendUserInvite: async () => invite,
      cancelUserInvite: async () => invite,
      updateUserInvite: async () => invite,
      acceptUserInvite: async () => invite,
      userInvites: async () => page,
      userInvite: async () => null,
    };
    // @ts-expect-error `userInvite` is missing
    const _incomplete: InviteClient = {
      sendUserInvites: async () => sent,
      resendUserInvite: async () => invite,
      cancelUserInvite: async () => invite,
      updateUserInvite: async () => invite,
      acceptUserInvite: async () => invite,
      userInvites: async () => page,
    };
    const { cancelUserInvite: _cancel, ...withoutCancel } = minimal;
    // @ts-expect-error `cancelUserInvite` is missing
    const _noCancel: InviteClient = withoutCancel;
  });

  test('methods must answer with the contract’s shapes', () => {
    const _wrongAnswer: InviteClient = {
      ...minimal,
      // @ts-expect-error "no such invite" is `null`, not `undefined`
      userInvite: async () => undefined,
    };
    const _wrongPage: InviteClient = {
      ...minimal,
      // @ts-expect-error a page has `data` and `totalCount`
      userInvites: async () => [invite],
    };
    const _wrongRoles: InviteClient = {
      ...minimal,
      // @ts-expect-error roles have a key and a name
      listRoles: async () => ['admin'],
    };
    const _roles: InviteClient = {
      ...minimal,
      listRoles: async (tenantId) => {
        expectTypeOf(tenantId).toEqualTypeOf<string>();
        return [{ key: 'admin', name: 'Admin' }];
      },
    };
  });

  test('the methods’ parameters reach an implementation typed', () => {
    const _client: InviteClient = {
      ...minimal,
      sendUserInvites: async ({ tenantId, userInvites }, options) => {
        expectTypeOf(tenantId).toEqualTypeOf<string>();
        expectTypeOf(userInvites[0]?.email).toEqualTypeOf<string | undefined>();
        expectTypeOf(options?.signal).toEqualTypeOf<AbortSignal | undefined>();
        return sent;
      },
      updateUserInvite: async (id, patch) => {
        expectTypeOf(id).toEqualTypeOf<string>();
        expectTypeOf(patch.firstName).toEqualTypeOf<string | null | undefined>();
        return invite;
      },
      subscribe: (tenantId, listener) => {
        expectTypeOf(listener).parameter(0).toHaveProperty('previousStatus');
        expectTypeOf(listener)
          .parameter(0)
          .toHaveProperty('type')
          .toEqualTypeOf<'created' | 'updated'>();
        return () => void tenantId;
      },
      userInviteByToken: async ({ token }) => {
        expectTypeOf(token).toEqualTypeOf<string>();
        return { invite, tenantName: 'Acme' } satisfies InvitePreview;
      },
    };
  });

  test('the provider takes a client and a tenant', () => {
    const client = createMemoryInviteClient();
    const _props: InviteClientProviderProps = { client, tenantId: client.tenantId };
    // @ts-expect-error the tenant is required
    const _noTenant: InviteClientProviderProps = { client };
  });
});

describe('the memory client', () => {
  test('createMemoryInviteClient() is an InviteClient with every optional method', () => {
    const client = createMemoryInviteClient({ seed: 7, latencyMs: [200, 600] });
    expectTypeOf(client).toEqualTypeOf<MemoryInviteClient>();
    expectTypeOf(client).toExtend<InviteClient>();
    expectTypeOf<MemoryInviteClient>().toExtend<Required<InviteClient>>();
    const _asContract: InviteClient = createMemoryInviteClient();
    expectTypeOf(client.tenantId).toEqualTypeOf<string>();
    expectTypeOf(client.listRoles).returns.resolves.toEqualTypeOf<InviteRole[]>();
  });

  test('failures are injected by method name and contract code', () => {
    expectTypeOf<MemoryInviteClientMethod>().toEqualTypeOf<
      Exclude<MethodKeys<InviteClient>, 'subscribe'>
    >();
    const client = createMemoryInviteClient({
      failures: [{ method: 'userInvites', code: 'network', times: 2 }],
    });
    client.failNext('resendUserInvite', 'rate_limited', { retryAfterMs: 42_000 });
    client.failNext('*', 'hang');
    // @ts-expect-error not a code of the contract
    client.failNext('resendUserInvite', 'teapot');
    // @ts-expect-error not a method of the client
    client.failNext('deleteUserInvite', 'network');
    // @ts-expect-error `seed`, not `seeds`
    createMemoryInviteClient({ seeds: 7 });
  });
});

describe('the contract suite', () => {
  test('takes a harness around any client', () => {
    describeInviteClientContract('memory', () => {
      const client = createMemoryInviteClient();
      return {
        client,
        tenantId: client.tenantId,
        otherTenantId: 'other',
        tokenFor: (id) => {
          expectTypeOf(id).toEqualTypeOf<string>();
          return client.sentEmails().find((email) => email.inviteId === id)?.token ?? '';
        },
      };
    });
    describeInviteClientContract('async', async () => ({
      client: minimal,
      tenantId: 'a',
      otherTenantId: 'b',
      tokenFor: async () => 'token',
    }));
    // @ts-expect-error tenants must never see each other: the suite needs a second one
    const _oneTenant: InviteClientContractHarness = {
      client: minimal,
      tenantId: 'a',
      tokenFor: () => '',
    };
  });
});

describe('InviteStatus', () => {
  test('any string is accepted', () => {
    expectTypeOf<'archived'>().toExtend<InviteStatus>();
    expectTypeOf<string>().toExtend<InviteStatus>();
    const _future: InviteStatus = 'archived';
    // @ts-expect-error a status is a string
    const _number: InviteStatus = 1;
  });

  test('the known statuses stay in the type, so editors suggest them', () => {
    expectTypeOf<KnownInviteStatus>().toEqualTypeOf<
      'pending' | 'accepted' | 'declined' | 'canceled' | 'expired'
    >();
    expectTypeOf<Extract<InviteStatus, KnownInviteStatus>>().toEqualTypeOf<KnownInviteStatus>();
    expectTypeOf<InviteStatus>().not.toEqualTypeOf<string>();
    expectTypeOf(INVITE_STATUSES).toEqualTypeOf<
      readonly ['pending', 'accepted', 'declined', 'canceled', 'expired']
    >();
  });

  test('isKnownInviteStatus narrows to a known one', () => {
    expectTypeOf(isKnownInviteStatus).guards.toEqualTypeOf<KnownInviteStatus>();
    const status = invite.status;
    if (isKnownInviteStatus(status)) {
      expectTypeOf(status).toEqualTypeOf<KnownInviteStatus>();
      const labels: Record<KnownInviteStatus, string> = {
        pending: 'Pending',
        accepted: 'Accepted',
        declined: 'Declined',
        canceled: 'Canceled',
        expired: 'Expired',
      };
      expectTypeOf(labels[status]).toEqualTypeOf<string>();
    }
  });
});

describe('errors', () => {
  test('isInviteClientError narrows an unknown error', () => {
    expectTypeOf(isInviteClientError).guards.toEqualTypeOf<InviteClientError>();
    const caught: unknown = new Error('boom');
    if (isInviteClientError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<InviteClientError>();
      expectTypeOf(caught.code).toEqualTypeOf<InviteErrorCode>();
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
      expectTypeOf(caught.status).toEqualTypeOf<InviteStatus | undefined>();
    } else {
      expectTypeOf(caught).toBeUnknown();
    }
  });

  test('codes are a closed set', () => {
    expectTypeOf<InviteErrorCode>().toEqualTypeOf<(typeof INVITE_ERROR_CODES)[number]>();
    expectTypeOf<InviteErrorCode>().toEqualTypeOf<
      | 'invalid_email'
      | 'already_invited'
      | 'already_member'
      | 'invalid_token'
      | 'expired'
      | 'not_found'
      | 'conflict'
      | 'rate_limited'
      | 'forbidden'
      | 'network'
      | 'unknown'
    >();
    expectTypeOf(isInviteErrorCode).guards.toEqualTypeOf<InviteErrorCode>();
    expectTypeOf(toInviteClientError).returns.toEqualTypeOf<InviteClientError>();
    expectTypeOf(
      new InviteClientError('rate_limited', 'Slow down', { retryAfterMs: 30_000 }),
    ).toExtend<Error>();
    // @ts-expect-error not a code of the contract
    new InviteClientError('teapot', 'No');
  });
});
