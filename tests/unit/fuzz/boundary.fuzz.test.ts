import fc from 'fast-check';
import { readUserInvitesPage } from '../../../src/client/boundary';
import type { UserInvite } from '../../../src/client/types';

const FIELDS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'locale',
  'data',
  'roleKeys',
  'status',
  'statusUpdatedAt',
  'tenantId',
  'createdByUserId',
  'acceptedByUserId',
  'userTokenId',
  'createdAt',
  'updatedAt',
];
const NULLABLE_STRINGS = [
  'firstName',
  'lastName',
  'locale',
  'createdByUserId',
  'acceptedByUserId',
  'userTokenId',
] as const;
const DATES = ['createdAt', 'updatedAt', 'statusUpdatedAt'] as const;

const junk = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const date = fc.oneof(
  fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'not a date' : d.toISOString())),
  fc.date(),
  fc.integer({ min: -1e16, max: 1e16 }),
  fc.double(),
  fc.string(),
);
const status = fc.oneof(
  fc.constantFrom('pending', 'accepted', 'constructor', '__proto__', 'toString', 'hasOwnProperty'),
  junk,
);
// Records close enough to an invite to reach every branch of the reader.
const inviteLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('i1', 'i2', 'i3', ''), junk),
    email: fc.oneof(fc.emailAddress(), junk),
    firstName: fc.oneof(fc.string(), junk),
    data: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), junk),
    roleKeys: fc.oneof(fc.array(fc.oneof(fc.string(), junk)), junk),
    status,
    createdAt: date,
    updatedAt: date,
    statusUpdatedAt: date,
    expiresAt: fc.oneof(date, fc.constant(null), junk),
    tenantId: fc.oneof(fc.string(), junk),
  },
  { requiredKeys: [] },
);
const page = fc.oneof(
  junk,
  fc.record(
    {
      data: fc.oneof(fc.array(fc.oneof(inviteLike, junk), { maxLength: 8 }), junk),
      totalCount: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.string(), junk),
    },
    { requiredKeys: [] },
  ),
  // Through JSON, as a server sends it: own `__proto__` keys included.
  fc.jsonValue().map((json) => JSON.parse(JSON.stringify(json)) as unknown),
);

const isDate = (value: unknown): boolean =>
  typeof value === 'string' && value !== '' && Number.isFinite(Date.parse(value));

function expectTrustedInvite(invite: UserInvite): void {
  const keys = Object.keys(invite).filter((key) => key !== 'expiresAt');
  expect(keys.sort()).toEqual([...FIELDS].sort());
  expect(typeof invite.id === 'string' && invite.id !== '').toBe(true);
  expect(typeof invite.email).toBe('string');
  expect(typeof invite.status).toBe('string');
  expect(typeof invite.tenantId).toBe('string');
  for (const key of NULLABLE_STRINGS) {
    expect(invite[key] === null || typeof invite[key] === 'string').toBe(true);
  }
  for (const key of DATES) expect(invite[key] === '' || isDate(invite[key])).toBe(true);
  if ('expiresAt' in invite)
    expect(invite.expiresAt === null || isDate(invite.expiresAt)).toBe(true);
  expect(
    invite.roleKeys === null ||
      (Array.isArray(invite.roleKeys) && invite.roleKeys.every((key) => typeof key === 'string')),
  ).toBe(true);
  if (invite.data !== null) {
    expect(typeof invite.data).toBe('object');
    expect(Array.isArray(invite.data)).toBe(false);
    expect([Object.prototype, null]).toContain(Object.getPrototypeOf(invite.data));
  }
}

describe('readUserInvitesPage, fuzzed', () => {
  it('never throws and always returns the trusted shape', () => {
    fc.assert(
      fc.property(page, (value) => {
        const read = readUserInvitesPage(value);
        expect(Object.keys(read).sort()).toEqual(['data', 'totalCount']);
        expect(Array.isArray(read.data)).toBe(true);
        read.data.forEach(expectTrustedInvite);
        expect(new Set(read.data.map((invite) => invite.id)).size).toBe(read.data.length);
        expect(Number.isInteger(read.totalCount)).toBe(true);
        expect(read.totalCount).toBeGreaterThanOrEqual(read.data.length);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads what it returned as the same page', () => {
    fc.assert(
      fc.property(page, (value) => {
        const read = readUserInvitesPage(value);
        expect(readUserInvitesPage(read)).toEqual(read);
      }),
      { numRuns: 500 },
    );
  });

  it('invents no invite: every id it returns was an id of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(inviteLike, junk), { maxLength: 8 }), (data) => {
        const ids = new Set(data.map((item) => (item as { id?: unknown } | null)?.id));
        for (const invite of readUserInvitesPage({ data }).data)
          expect(ids.has(invite.id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
