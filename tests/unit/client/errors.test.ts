import {
  InviteClientError,
  isAbortError,
  isInviteClientError,
  isInviteErrorCode,
  toInviteClientError,
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

  it('turns a failed fetch into network and anything else into unknown', () => {
    expect(toInviteClientError(new TypeError('Failed to fetch')).code).toBe('network');
    const unknown = toInviteClientError('weird');
    expect(unknown.code).toBe('unknown');
    expect(unknown.cause).toBe('weird');
    const known = new InviteClientError('forbidden', 'no');
    expect(toInviteClientError(known)).toBe(known);
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
