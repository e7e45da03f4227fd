import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactElement, type ReactNode } from 'react';
import {
  InviteClientProvider,
  type InviteClientProviderProps,
} from '../../src/react/InviteClientProvider';
import {
  createMemoryInviteClient,
  type MemoryInviteClientOptions,
} from '../../src/client/memory/createMemoryInviteClient';
import { isMemoryInviteClient } from '../../src/client/memory/isMemoryInviteClient';
import type { InviteClient } from '../../src/client/types';

export interface RenderWithProvidersOptions extends Partial<
  Omit<InviteClientProviderProps, 'children' | 'client'>
> {
  /** Options of the fresh memory client each render gets. */
  memory?: MemoryInviteClientOptions;
  /** Another client instead of a memory one. */
  client?: InviteClient;
  render?: Omit<RenderOptions, 'wrapper'>;
}

/** A fresh memory client, QueryClient (no retries, so failures show at once) and provider. */
export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}) {
  const { memory, client: givenClient, render: renderOptions, ...provider } = options;
  const memoryClient = createMemoryInviteClient({ tenantId: 'tenant_test', ...memory });
  const client = givenClient ?? memoryClient;
  const queryClient =
    provider.queryClient ??
    new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const props = {
    client,
    tenantId: provider.tenantId ?? memoryClient.tenantId,
    currentUserId: 'user_admin',
    locale: 'en-US',
    timeZone: 'UTC',
    ...provider,
    queryClient,
  };
  const result = render(
    <InviteClientProvider {...props}>{ui}</InviteClientProvider>,
    renderOptions,
  );
  return {
    ...result,
    client: memoryClient,
    queryClient,
    user,
    rerenderWith: (next: ReactElement, nextProps: Partial<InviteClientProviderProps> = {}) =>
      result.rerender(
        <InviteClientProvider {...props} {...nextProps}>
          {next}
        </InviteClientProvider>,
      ),
  };
}

export interface RenderHookWithProvidersOptions extends RenderWithProvidersOptions {
  /** Render under React.StrictMode (double effects). */
  strict?: boolean;
}

/** A hook under a fresh memory client, QueryClient and provider. */
export function renderHookWithProviders<Result>(
  hook: () => Result,
  options: RenderHookWithProvidersOptions = {},
) {
  const { memory, client: givenClient, strict, render: _render, ...provider } = options;
  const memoryClient = createMemoryInviteClient({ tenantId: 'tenant_test', ...memory });
  const client = givenClient ?? memoryClient;
  const queryClient =
    provider.queryClient ??
    new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <InviteClientProvider
        client={client}
        tenantId={provider.tenantId ?? memoryClient.tenantId}
        currentUserId="user_admin"
        locale="en-US"
        timeZone="UTC"
        {...provider}
        queryClient={queryClient}
      >
        {children}
      </InviteClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const returned = givenClient && isMemoryInviteClient(givenClient) ? givenClient : memoryClient;
  return { ...renderHook(hook, { wrapper }), client: returned, queryClient };
}

/** The memory client without `subscribe`: a backend that can only be polled. */
export function withoutSubscribe<T extends InviteClient>(client: T): InviteClient {
  const { subscribe: _subscribe, ...rest } = client;
  return rest;
}
