import { act } from '@testing-library/react';
import type { SendUserInvitesParams } from '../../../src/client/types';
import { useSendInvites } from '../../../src/hooks/useSendInvites';
import { renderHookWithProviders } from '../../helpers/renderWithProviders';

describe('addresses on their way to the backend', () => {
  it('sends an internationalised domain as punycode, and keeps the typed form out of the wire', async () => {
    const { result, client } = renderHookWithProviders(() => useSendInvites());
    await act(() => result.current.mutateAsync(['anna@bücher.de', 'Grace@Example.com']));
    const sent = client
      .calls()
      .filter((call) => call.method === 'sendUserInvites')
      .flatMap((call) => (call.args[0] as SendUserInvitesParams).userInvites.map((i) => i.email));
    expect(sent).toEqual(['anna@xn--bcher-kva.de', 'Grace@Example.com']);
  });

  it('merges an address typed in Unicode with the same one in punycode', async () => {
    const { result } = renderHookWithProviders(() => useSendInvites());
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync(['anna@bücher.de', 'anna@xn--bcher-kva.de']);
    });
    expect(outcome!.success).toHaveLength(1);
  });

  it('strips invisible characters before validating and sending', async () => {
    const { result, client } = renderHookWithProviders(() => useSendInvites());
    await act(() => result.current.mutateAsync(['ada\u200b@example.com']));
    const sent = client.calls().find((call) => call.method === 'sendUserInvites');
    expect((sent!.args[0] as SendUserInvitesParams).userInvites[0]!.email).toBe('ada@example.com');
  });
});
