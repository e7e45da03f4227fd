import {
  InviteClientError,
  isAbortError,
  isInviteClientError,
  isInviteErrorCode,
  toInviteClientError,
  type InviteErrorCode,
} from '../../../src/client/errors';
import { isValidEmail, normalizeEmail } from '../../../src/client/email';
import { isFinalInviteStatus, isKnownInviteStatus } from '../../../src/client/status';

describe('InviteClientError', () => {
  it('carries its code and details', () => {
    const error = new InviteClientError('rate_limited', 'Slow down', {
      retryAfterMs: 1000,
      inviteId: 'i1',
      email: 'a@example.com',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'InviteClientError',
      code: 'rate_limited',
      retryAfterMs: 1000,
      inviteId: 'i1',
    });
    expect(isInviteClientError(error)).toBe(true);
  });

  it('is recognised across copies of the package by name and code', () => {
    const foreign = Object.assign(new Error('x'), { name: 'InviteClientError', code: 'expired' });
    expect(isInviteClientError(foreign)).toBe(true);
    expect(isInviteClientError(new Error('x'))).toBe(false);
  });

  it('is recognised by shape alone, Error or not', () => {
    expect(isInviteClientError({ name: 'InviteClientError', code: 'expired' })).toBe(true);
    const bare = Object.assign(Object.create(null) as object, {
      name: 'InviteClientError',
      code: 'teapot',
    });
    expect(isInviteClientError(bare)).toBe(true);
    // A subclass renamed away is not one, whatever its prototype says.
    const renamed = Object.assign(new InviteClientError('expired', 'x'), { name: 'Other' });
    expect(isInviteClientError(renamed)).toBe(false);
    expect(isInviteClientError({ name: 'InviteClientError', code: 3 })).toBe(false);
    expect(isInviteClientError({ name: 'InviteClientError' })).toBe(false);
    expect(isInviteClientError({ code: 'expired' })).toBe(false);
    expect(isInviteClientError(null)).toBe(false);
    expect(isInviteClientError('InviteClientError')).toBe(false);
  });

  it('turns a failed fetch into network and anything else into unknown', () => {
    expect(toInviteClientError(new TypeError('Failed to fetch')).code).toBe('network');
    const unknown = toInviteClientError('weird');
    expect(unknown.code).toBe('unknown');
    expect(unknown.cause).toBe('weird');
    const known = new InviteClientError('forbidden', 'no');
    expect(toInviteClientError(known)).toBe(known);
  });

  it('rebuilds a foreign copy, keeping its details when they have the right types', () => {
    const foreign = Object.assign(new Error('Slow down'), {
      name: 'InviteClientError',
      code: 'rate_limited',
      retryAfterMs: 30_000,
      inviteId: 'i1',
      email: 'ada@example.com',
      status: 'pending',
    });
    const error = toInviteClientError(foreign);
    expect(error).toBeInstanceOf(InviteClientError);
    expect(error).toMatchObject({
      code: 'rate_limited',
      message: 'Slow down',
      retryAfterMs: 30_000,
      inviteId: 'i1',
      email: 'ada@example.com',
      status: 'pending',
    });
    expect(error.cause).toBe(foreign);
  });

  it('drops details of a foreign copy that have the wrong types', () => {
    const foreign = {
      name: 'InviteClientError',
      code: 'rate_limited',
      message: 7,
      retryAfterMs: '30000',
      inviteId: 1,
      email: null,
      status: { value: 'pending' },
    };
    const error = toInviteClientError(foreign);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toBe('Something went wrong.');
    // The class declares every detail, so an absent one reads as `undefined`.
    expect(error).toMatchObject({
      retryAfterMs: undefined,
      inviteId: undefined,
      email: undefined,
      status: undefined,
    });
    expect(toInviteClientError({ ...foreign, retryAfterMs: -1 }).retryAfterMs).toBeUndefined();
    expect(
      toInviteClientError({ ...foreign, retryAfterMs: Infinity }).retryAfterMs,
    ).toBeUndefined();
  });

  it('turns an unknown code into unknown, keeping the server text and the original', () => {
    const foreign = Object.assign(new Error('The teapot refused'), {
      name: 'InviteClientError',
      code: 'teapot',
      retryAfterMs: 1000,
    });
    const error = toInviteClientError(foreign);
    expect(error).toBeInstanceOf(InviteClientError);
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('The teapot refused');
    expect(error.cause).toBe(foreign);
    expect(error.retryAfterMs).toBe(1000);
  });

  it('turns an unknown code of this copy into unknown too', () => {
    const odd = new InviteClientError('teapot' as InviteErrorCode, 'Brewing');
    const error = toInviteClientError(odd);
    expect(error).not.toBe(odd);
    expect(error).toMatchObject({ code: 'unknown', message: 'Brewing', cause: odd });
  });

  it('tells abort errors and documented codes apart', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('x'))).toBe(false);
    expect(isInviteErrorCode('expired')).toBe(true);
    expect(isInviteErrorCode('teapot')).toBe(false);
  });
});

describe('emails and statuses', () => {
  it.each([
    ['ada@example.com', true],
    ['  Ada.Lovelace+team@sub.example.co.uk ', true],
    ["o'brien@example.ie", true],
    ['ada@example', false],
    ['ada@@example.com', false],
    ['ada example@example.com', false],
    ['.ada@example.com', false],
    ['ada..l@example.com', false],
    ['@example.com', false],
    ['', false],
  ])('isValidEmail(%j) is %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it('normalises addresses for comparison', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });

  it('knows which statuses are final', () => {
    expect(['accepted', 'declined', 'canceled'].every(isFinalInviteStatus)).toBe(true);
    expect(isFinalInviteStatus('pending')).toBe(false);
    expect(isFinalInviteStatus('expired')).toBe(false);
    expect(isKnownInviteStatus('archived')).toBe(false);
  });
});
