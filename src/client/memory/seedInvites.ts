import type { InviteRole, KnownInviteStatus, UserInvite } from '../types';
import type { Random } from './random';

const FIRST_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Dennis',
  'Radia',
  'Ken',
  'Frances',
  'Guido',
  'Hedy',
  'Yukihiro',
  'Sophie',
  'Amir',
  'Leila',
  'Chen',
  'Priya',
  'Mateo',
  'Aisha',
  'Jonas',
  'Ingrid',
  'Kwame',
  'Sakura',
  'Diego',
  'Noor',
  'Olu',
  'Marta',
];
const LAST_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Berners-Lee',
  'Liskov',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Allen',
  'van Rossum',
  'Lamarr',
  'Matsumoto',
  'Wilson',
  'Haddad',
  'Karimi',
  'Wei',
  'Raman',
  'García',
  'Bello',
  'Berg',
  'Larsen',
  'Mensah',
  'Tanaka',
  'Rojas',
  'Hussain',
  'Adeyemi',
  'Nowak',
];
const DOMAINS = ['example.com', 'example.org', 'example.net'];
const LOCALES = ['en-US', 'en-US', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP'];
const STATUS_WEIGHTS: [KnownInviteStatus, number][] = [
  ['pending', 40],
  ['accepted', 25],
  ['declined', 10],
  ['canceled', 10],
  ['expired', 15],
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pickStatus(random: Random): KnownInviteStatus {
  let roll = random.int(1, 100);
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return status;
  }
  return 'pending';
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export interface SeedInvitesOptions {
  random: Random;
  count: number;
  tenantId: string;
  currentUserId: string;
  now: number;
  expiresInMs: number;
  roles: InviteRole[];
}

/**
 * Plausible invites over every status and the last two months, with unique addresses.
 * Every pending invite is still open; every expired one lapsed on its own `expiresAt`.
 */
export function seedInvites(options: SeedInvitesOptions): UserInvite[] {
  const { random, count, tenantId, now, expiresInMs, roles } = options;
  const inviters = [options.currentUserId, random.uuid(), random.uuid()];
  const usedEmails = new Set<string>();
  const invites: UserInvite[] = [];

  for (let index = 0; index < count; index += 1) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    let email = `${slug(first)}.${slug(last)}@${random.pick(DOMAINS)}`;
    for (let n = 2; usedEmails.has(email); n += 1) {
      email = email.replace(/^([^@]*?)\d*@/, `$1${n}@`);
    }
    usedEmails.add(email);

    const status = pickStatus(random);
    let createdAt: number;
    let statusUpdatedAt: number;
    if (status === 'pending') {
      // Some were sent minutes ago, some are about to lapse: "expires soon" shows up.
      createdAt = now - random.int(5 * 60_000, Math.floor(expiresInMs * 0.97));
      statusUpdatedAt = createdAt;
    } else if (status === 'expired') {
      createdAt = now - expiresInMs - random.int(HOUR, 45 * DAY);
      statusUpdatedAt = createdAt + expiresInMs;
    } else {
      createdAt = now - random.int(2 * HOUR, 60 * DAY);
      const answeredAfter = random.int(10 * 60_000, Math.min(expiresInMs, now - createdAt));
      statusUpdatedAt = createdAt + answeredAfter;
    }
    const named = random.next() < 0.75;
    invites.push({
      id: random.uuid(),
      email,
      firstName: named ? first : null,
      lastName: named ? last : null,
      locale: random.pick(LOCALES),
      data: null,
      roleKeys: roles.length > 0 ? [random.pick(roles).key] : [],
      status,
      statusUpdatedAt: new Date(statusUpdatedAt).toISOString(),
      tenantId,
      createdByUserId: random.pick(inviters),
      acceptedByUserId: status === 'accepted' ? random.uuid() : null,
      userTokenId: random.uuid(),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(statusUpdatedAt).toISOString(),
      expiresAt: new Date(createdAt + expiresInMs).toISOString(),
    });
  }
  return invites;
}
