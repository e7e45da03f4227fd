import {
  readInviteLink,
  readInvitePreview,
  readInviteRoles,
  readSendUserInvitesResult,
  readUserInvite,
  readUserInviteAnswer,
  readUserInvitesPage,
  UNACCOUNTED_ADDRESS_MESSAGE,
} from '../../../src/client/boundary';
import { InviteClientError, isInviteClientError } from '../../../src/client/errors';
import { statusLabel } from '../../../src/i18n/describeError';
import { createInviteI18n } from '../../../src/i18n/createInviteI18n';
import type { UserInvite } from '../../../src/client/types';

const at = '2024-03-01T10:00:00.000Z';

const wellFormed: UserInvite = {
  id: 'i1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  locale: 'en-GB',
  data: { team: 'design' },
  roleKeys: ['admin'],
  status: 'pending',
  statusUpdatedAt: at,
  tenantId: 't1',
  createdByUserId: 'u1',
  acceptedByUserId: null,
  userTokenId: 'tok1',
  createdAt: at,
  updatedAt: at,
  expiresAt: '2024-03-08T10:00:00Z',
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('readUserInvite', () => {
  it('keeps a well-formed invite as it is, in a fresh object', () => {
    const read = readUserInvite(wellFormed);
    expect(read).toEqual(wellFormed);
    expect(read).not.toBe(wellFormed);
    expect(read?.data).not.toBe(wellFormed.data);
  });

  it.each([null, undefined, 'i1', 42, [], ['i1'], {}, { id: '' }, { id: 7 }, { email: 'a@b.co' }])(
    'reads %j as no invite',
    (value) => {
      expect(readUserInvite(value)).toBeNull();
    },
  );

  it('fills every field of an invite that has only an id', () => {
    expect(readUserInvite({ id: 'i1' })).toEqual({
      id: 'i1',
      email: '',
      firstName: null,
      lastName: null,
      locale: null,
      data: null,
      roleKeys: null,
      status: '',
      statusUpdatedAt: '',
      tenantId: '',
      createdByUserId: null,
      acceptedByUserId: null,
      userTokenId: null,
      createdAt: '',
      updatedAt: '',
    });
  });

  it('reads a missing or non-string email as an empty string', () => {
    expect(readUserInvite({ ...wellFormed, email: undefined })?.email).toBe('');
    expect(readUserInvite({ ...wellFormed, email: { address: 'ada@example.com' } })?.email).toBe(
      '',
    );
  });

  it('reads missing dates as unknown (empty string) and leaves expiresAt absent', () => {
    const read = readUserInvite({ id: 'i1', expiresAt: undefined });
    expect(read).toMatchObject({ createdAt: '', updatedAt: '', statusUpdatedAt: '' });
    expect(read).not.toHaveProperty('expiresAt');
  });

  it.each([
    'yesterday',
    '2024-13-01T00:00:00Z',
    '1',
    '',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    9e15,
    new Date('nope'),
    { iso: at },
    true,
  ])('reads the invalid date %j as unknown', (date) => {
    const read = readUserInvite({
      ...wellFormed,
      createdAt: date,
      updatedAt: date,
      statusUpdatedAt: date,
      expiresAt: date,
    });
    expect(read).toMatchObject({ createdAt: '', updatedAt: '', statusUpdatedAt: '' });
    expect(read).not.toHaveProperty('expiresAt');
  });

  it('converts epoch milliseconds and Date objects to ISO strings', () => {
    const read = readUserInvite({
      ...wellFormed,
      createdAt: Date.parse(at),
      updatedAt: new Date(at),
      expiresAt: 0,
    });
    expect(read).toMatchObject({
      createdAt: at,
      updatedAt: at,
      expiresAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it('keeps an expiresAt of null as null', () => {
    expect(readUserInvite({ ...wellFormed, expiresAt: null })?.expiresAt).toBeNull();
  });

  it.each(['admin', { 0: 'admin', length: 1 }, 3])(
    'reads a roleKeys that is not an array (%j) as null',
    (roleKeys) => {
      expect(readUserInvite({ ...wellFormed, roleKeys })?.roleKeys).toBeNull();
    },
  );

  it('drops role keys that are not strings', () => {
    const read = readUserInvite({
      ...wellFormed,
      roleKeys: ['admin', 1, null, { key: 'x' }, 'member'],
    });
    expect(read?.roleKeys).toEqual(['admin', 'member']);
  });

  it('keeps only plain objects as data', () => {
    expect(readUserInvite({ ...wellFormed, data: ['x'] })?.data).toBeNull();
    expect(readUserInvite({ ...wellFormed, data: new Date() })?.data).toBeNull();
    expect(readUserInvite({ ...wellFormed, data: 'team' })?.data).toBeNull();
    const bare: Record<string, unknown> = Object.create(null);
    bare.team = 'design';
    expect(readUserInvite({ ...wellFormed, data: bare })?.data).toEqual({ team: 'design' });
  });

  it('reads names, locale and user ids that are not strings as null', () => {
    const read = readUserInvite({
      ...wellFormed,
      firstName: 1,
      lastName: {},
      locale: ['en'],
      createdByUserId: 5,
      acceptedByUserId: true,
      userTokenId: undefined,
    });
    expect(read).toMatchObject({
      firstName: null,
      lastName: null,
      locale: null,
      createdByUserId: null,
      acceptedByUserId: null,
      userTokenId: null,
    });
  });

  it.each([undefined, null, 3, { value: 'pending' }, ['pending']])(
    'reads the non-string status %j as the empty string, which no known status equals',
    (status) => {
      expect(readUserInvite({ ...wellFormed, status })?.status).toBe('');
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'keeps the status %j as its raw string, and labels it as such',
    (status) => {
      // Parsed JSON is where such a key comes from: an own `__proto__` property included.
      const read = readUserInvite(JSON.parse(`{"id":"i1","status":${JSON.stringify(status)}}`));
      expect(read?.status).toBe(status);
      expect(typeof read?.status).toBe('string');
      expect(statusLabel(createInviteI18n(), read!.status)).toBe(status);
    },
  );

  it('keeps an own __proto__ key of data as data, not as a prototype', () => {
    const read = readUserInvite(JSON.parse('{"id":"i1","data":{"__proto__":{"polluted":true}}}'));
    expect(Object.getPrototypeOf(read?.data)).toBe(Object.prototype);
    expect((read?.data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(read?.data ?? {})).toEqual(['__proto__']);
  });
});

describe('readUserInviteAnswer', () => {
  it('reads an answered invite as readUserInvite does', () => {
    expect(readUserInviteAnswer({ ...wellFormed, status: 7 })).toEqual({
      ...wellFormed,
      status: '',
    });
  });

  it.each([undefined, null, {}, { id: '' }, 'i1'])(
    'throws an unknown error for an answer with no invite (%j)',
    (value) => {
      const error = thrown(() => readUserInviteAnswer(value));
      expect(error).toBeInstanceOf(InviteClientError);
      expect(isInviteClientError(error) && error.code).toBe('unknown');
    },
  );
});

describe('readUserInvitesPage', () => {
  it('keeps a well-formed page', () => {
    expect(readUserInvitesPage({ data: [wellFormed], totalCount: 40 })).toEqual({
      data: [wellFormed],
      totalCount: 40,
    });
  });

  it.each([undefined, null, 'invites', { 0: wellFormed }, wellFormed])(
    'reads a page whose data is not an array (%j) as empty',
    (data) => {
      expect(readUserInvitesPage({ data, totalCount: 3 })).toEqual({ data: [], totalCount: 3 });
    },
  );

  it.each([null, undefined, 'page', [wellFormed]])('reads the non-page %j as empty', (value) => {
    expect(readUserInvitesPage(value)).toEqual({ data: [], totalCount: 0 });
  });

  it('drops null and unreadable items', () => {
    const page = readUserInvitesPage({
      data: [null, wellFormed, undefined, 'i2', { email: 'x@example.com' }, { id: 'i3' }],
      totalCount: 2,
    });
    expect(page.data.map((invite) => invite.id)).toEqual(['i1', 'i3']);
    expect(page.totalCount).toBe(2);
  });

  it('keeps the first invite of an id that comes twice', () => {
    const page = readUserInvitesPage({
      data: [wellFormed, { ...wellFormed, email: 'other@example.com' }, { id: 'i2' }],
      totalCount: 3,
    });
    expect(page.data.map((invite) => invite.email)).toEqual(['ada@example.com', '']);
    expect(page.totalCount).toBe(3);
  });

  it('counts the invites given when totalCount is missing', () => {
    expect(readUserInvitesPage({ data: [wellFormed, { id: 'i2' }] }).totalCount).toBe(2);
  });

  it.each(['many', '', '-3', '2.5', Number.NaN, Number.POSITIVE_INFINITY, -4, null, {}, [9], true])(
    'counts the invites given when totalCount is not a count (%j)',
    (totalCount) => {
      expect(readUserInvitesPage({ data: [wellFormed, { id: 'i2' }], totalCount }).totalCount).toBe(
        2,
      );
    },
  );

  it('never reports fewer in all than the page holds', () => {
    expect(
      readUserInvitesPage({ data: [wellFormed, { id: 'i2' }, { id: 'i3' }], totalCount: 1 })
        .totalCount,
    ).toBe(3);
  });

  it('reads a count sent as a string of digits, and rounds a fraction down', () => {
    expect(readUserInvitesPage({ data: [], totalCount: '120' }).totalCount).toBe(120);
    expect(readUserInvitesPage({ data: [], totalCount: 7.9 }).totalCount).toBe(7);
  });
});

describe('readSendUserInvitesResult', () => {
  const sent = [{ email: 'ada@example.com' }, { email: 'bob@example.com' }];

  it('keeps a well-formed result', () => {
    const result = readSendUserInvitesResult(
      {
        success: [wellFormed],
        errors: [
          { email: 'bob@example.com', code: 'rate_limited', message: 'Slow', retryAfterMs: 5 },
        ],
      },
      sent,
    );
    expect(result).toEqual({
      success: [wellFormed],
      errors: [
        { email: 'bob@example.com', code: 'rate_limited', message: 'Slow', retryAfterMs: 5 },
      ],
    });
  });

  it('drops an error without an email, and still accounts for its address', () => {
    const result = readSendUserInvitesResult(
      { success: [wellFormed], errors: [{ code: 'already_member', message: 'Member' }, null] },
      sent,
    );
    expect(result.success).toEqual([wellFormed]);
    expect(result.errors).toEqual([
      { email: 'bob@example.com', code: 'unknown', message: UNACCOUNTED_ADDRESS_MESSAGE },
    ]);
    expect(UNACCOUNTED_ADDRESS_MESSAGE).toBe(
      'The backend did not say what became of this address.',
    );
  });

  it('reads an error with an unknown code as unknown, keeping its message', () => {
    const result = readSendUserInvitesResult(
      {
        success: [wellFormed],
        errors: [{ email: 'bob@example.com', code: 'teapot', message: 'No' }],
      },
      sent,
    );
    expect(result.errors).toEqual([{ email: 'bob@example.com', code: 'unknown', message: 'No' }]);
  });

  it('gives an error without a message a default one, and drops a bad retryAfterMs', () => {
    const result = readSendUserInvitesResult(
      {
        success: [],
        errors: [
          { email: 'ada@example.com', code: 'rate_limited', message: 42, retryAfterMs: -1 },
          { email: 'bob@example.com', code: 'rate_limited', retryAfterMs: '30' },
        ],
      },
      sent,
    );
    for (const error of result.errors) {
      expect(error.message).toEqual(expect.any(String));
      expect(error.message).not.toBe('');
      expect(error).not.toHaveProperty('retryAfterMs');
    }
    expect(result.errors.map((error) => error.email)).toEqual([
      'ada@example.com',
      'bob@example.com',
    ]);
  });

  it('matches sent addresses to results in their normalised form', () => {
    const result = readSendUserInvitesResult(
      {
        success: [{ ...wellFormed, email: 'ADA@example.com' }],
        errors: [{ email: ' Bob@Example.com', code: 'already_invited', message: 'Pending' }],
      },
      sent,
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('already_invited');
  });

  it('accounts for every sent address, once, when the result is not an object', () => {
    const result = readSendUserInvitesResult('ok', [...sent, { email: 'Ada@Example.com ' }]);
    expect(result.success).toEqual([]);
    expect(result.errors).toEqual(
      sent.map(({ email }) => ({ email, code: 'unknown', message: UNACCOUNTED_ADDRESS_MESSAGE })),
    );
  });

  it('drops unreadable invites of success, and accounts for their addresses', () => {
    const result = readSendUserInvitesResult(
      { success: [{ email: 'ada@example.com' }, wellFormed, 'bob'], errors: 'none' },
      sent,
    );
    expect(result.success).toEqual([wellFormed]);
    expect(result.errors.map((error) => error.email)).toEqual(['bob@example.com']);
  });
});

describe('readInvitePreview', () => {
  it('keeps a well-formed preview', () => {
    expect(
      readInvitePreview({ invite: wellFormed, tenantName: 'Acme', inviterName: 'Alex Kim' }),
    ).toEqual({ invite: wellFormed, tenantName: 'Acme', inviterName: 'Alex Kim' });
  });

  it.each([null, 'preview', {}, { invite: null }, { invite: { email: 'ada@example.com' } }])(
    'throws invalid_token for a preview with no invite (%j)',
    (value) => {
      const error = thrown(() => readInvitePreview(value));
      expect(error).toBeInstanceOf(InviteClientError);
      expect(isInviteClientError(error) && error.code).toBe('invalid_token');
    },
  );

  it('keeps tenant and inviter names only when they are strings', () => {
    const preview = readInvitePreview({ invite: wellFormed, tenantName: 1, inviterName: null });
    expect(preview).toEqual({ invite: wellFormed });
  });
});

describe('readInviteRoles', () => {
  it.each([null, undefined, 'admin', { admin: { key: 'admin' } }])(
    'reads roles that are not an array (%j) as none',
    (value) => {
      expect(readInviteRoles(value)).toEqual([]);
    },
  );

  it('keeps roles with a string key, naming them by key when need be', () => {
    expect(
      readInviteRoles([
        { key: 'admin', name: 'Admin', description: 'Manages the team' },
        { key: 'member', name: 3, description: 4 },
        { key: 'admin', name: 'Second admin' },
        { key: 5, name: 'Numbered' },
        { name: 'Keyless' },
        null,
        'viewer',
      ]),
    ).toEqual([
      { key: 'admin', name: 'Admin', description: 'Manages the team' },
      { key: 'member', name: 'member' },
    ]);
  });
});

describe('readInviteLink', () => {
  it('keeps a link, trimmed', () => {
    expect(readInviteLink(' https://app.example.com/invite?token=abc\n')).toBe(
      'https://app.example.com/invite?token=abc',
    );
  });

  it.each([undefined, null, 42, { url: 'https://example.com' }, '', '   '])(
    'throws an unknown error for a link that is not a non-empty string (%j)',
    (value) => {
      const error = thrown(() => readInviteLink(value));
      expect(error).toBeInstanceOf(InviteClientError);
      expect(isInviteClientError(error) && error.code).toBe('unknown');
      expect((error as Error).message).toMatch(/getInviteLink/);
    },
  );
});
