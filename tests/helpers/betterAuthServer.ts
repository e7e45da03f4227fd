// A real Better Auth server in the test process: its memory adapter, the organization plugin,
// and clients whose fetch goes straight to auth.handler, each with its own cookie jar.
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { createAuthClient } from 'better-auth/client';
import { organizationClient } from 'better-auth/client/plugins';
import { organization } from 'better-auth/plugins';

const BASE_URL = 'http://localhost:3000';

export function startBetterAuth() {
  const db: Record<string, Record<string, unknown>[]> = {
    user: [],
    session: [],
    account: [],
    verification: [],
    organization: [],
    member: [],
    invitation: [],
  };
  /** The invitation ids Better Auth asked to email: what each invitee received. */
  const emailed = new Set<string>();
  const auth = betterAuth({
    baseURL: BASE_URL,
    secret: 'test-secret-that-is-long-enough-for-better-auth',
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true },
    logger: { disabled: true },
    plugins: [
      organization({
        sendInvitationEmail: async ({ id }) => {
          emailed.add(id);
        },
        schema: {
          invitation: {
            additionalFields: {
              firstName: { type: 'string', required: false },
              lastName: { type: 'string', required: false },
              locale: { type: 'string', required: false },
            },
          },
        },
      }),
    ],
  });

  /** A browser-like client: the handler refuses requests without Origin, and the session is a cookie. */
  function client() {
    let cookie = '';
    return createAuthClient({
      baseURL: BASE_URL,
      plugins: [organizationClient()],
      fetchOptions: {
        customFetchImpl: async (input: string | URL | Request, init?: RequestInit) => {
          const headers = new Headers(init?.headers);
          headers.set('origin', BASE_URL);
          if (cookie) headers.set('cookie', cookie);
          const response = await auth.handler(new Request(input, { ...init, headers }));
          const setCookies = response.headers.getSetCookie();
          if (setCookies.length > 0)
            cookie = setCookies.map((value) => value.split(';')[0]).join('; ');
          return response;
        },
      },
    });
  }

  async function signedIn(email: string) {
    const authClient = client();
    const { error } = await authClient.signUp.email({
      email,
      password: 'correct horse battery',
      name: email.split('@')[0]!,
    });
    if (error) throw new Error(`sign-up of ${email} failed: ${error.message}`);
    return authClient;
  }

  return { auth, emailed, client, signedIn };
}
