// What every page measures against: the memory backend, a QueryClient with the table's data
// already in it, and the small DOM helpers a host's test would use.
import { QueryClient } from '@tanstack/react-query';
import { Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  InviteClientProvider,
  UserInvitesTable,
  rolesQueryOptions,
  userInvitesQueryOptions,
  type UserInvite,
  type UserInvitesListParams,
} from 'invite-widgets';
import { createMemoryInviteClient, type MemoryInviteClient } from 'invite-widgets/memory';
import { onRender, type InteractionSample } from './commits';
import type { Sample } from './types';

export const TENANT = 'acme';
export const ROWS = 100;
/** The table's first query with `defaultPageSize={100}`: the same key the table asks for. */
export const FIRST_PAGE: UserInvitesListParams = {
  limit: ROWS,
  offset: 0,
  order: { field: 'createdAt', direction: 'desc' },
};

export const createBackend = (options: { latencyMs?: number } = {}) =>
  createMemoryInviteClient({ tenantId: TENANT, seed: 3, seedCount: 400, ...options });

/**
 * A QueryClient holding what the table's first render reads: its page, the roles and the next
 * page it prefetches on mount (else the memory backend would sort and copy 400 invites inside
 * the timed window: a server's work, not the page's).
 */
export async function primedQueryClient(client: MemoryInviteClient) {
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery(userInvitesQueryOptions(client, TENANT, FIRST_PAGE)),
    queryClient.prefetchQuery(
      userInvitesQueryOptions(client, TENANT, { ...FIRST_PAGE, offset: ROWS }),
    ),
    queryClient.prefetchQuery(rolesQueryOptions(client, TENANT)),
  ]);
  const page = queryClient.getQueryData(
    userInvitesQueryOptions(client, TENANT, FIRST_PAGE).queryKey,
  );
  if (!page || page.data.length !== ROWS) throw new Error('the first page did not prefetch');
  return { queryClient, invites: page.data as readonly UserInvite[] };
}

/** The table as a host mounts it, inside the Profiler the bench counts commits with. */
export function TablePage(props: {
  client: MemoryInviteClient;
  queryClient: QueryClient;
  pageSize?: number;
}) {
  return (
    <Profiler id="table" onRender={onRender}>
      <InviteClientProvider client={props.client} tenantId={TENANT} queryClient={props.queryClient}>
        <UserInvitesTable defaultPageSize={props.pageSize} />
      </InviteClientProvider>
    </Profiler>
  );
}

/** A fresh container and React root; `dispose` unmounts and removes both. */
export function mountPoint() {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  return {
    container,
    root,
    dispose() {
      root.unmount();
      container.remove();
    },
  };
}

/** Sets a text field's value the way typing does, so React's onChange sees it. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The control a <label> with exactly this text points at. */
export function byLabel<T extends HTMLElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find(
    (element) => element.textContent?.trim() === text,
  );
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.control;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The numbers of one measured interaction, as the report needs them. */
export function toSample(measured: InteractionSample, options: { follow: boolean }): Sample {
  const commits = [...measured.frameCommits, ...measured.laterCommits];
  return {
    total: (options.follow ? measured.lastPainted : measured.painted) - measured.start,
    script: measured.returned - measured.start,
    microtasks: measured.scriptDone - measured.returned,
    styleLayout: measured.laidOut - measured.scriptDone,
    paintAndRest: measured.painted - measured.laidOut,
    commits: commits.length,
    laterCommits: measured.laterCommits.length,
    phases: commits.map((commit) => commit.phase),
    ...(measured.renderedRows
      ? { renderedRows: measured.renderedRows, domRows: measured.domRows ?? 0 }
      : {}),
  };
}
