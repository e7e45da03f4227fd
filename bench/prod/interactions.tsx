// Interactions on one mounted 100-row table, each from its trigger to the painted frame of its
// last commit: selecting a row, a live status change pushed by the backend, a tick of a resend
// cooldown, a keystroke in the search box. Then the requests a typed search word makes.
import { flushSync } from 'react-dom';
import { UserInvitesTable, InviteClientProvider } from 'invite-widgets';
import { QueryClient } from '@tanstack/react-query';
import { measureInteraction, recordCommits, type InteractionOptions } from './commits';
import { sleep, waitQuiet } from './frame';
import {
  ROWS,
  TENANT,
  TablePage,
  check,
  createBackend,
  mountPoint,
  primedQueryClient,
  toSample,
  typeInto,
} from './setup';
import type { InteractionResult, InteractionsResult, Sample, SearchRequestsResult } from './types';

interface Runs {
  warmups: number;
  runs: number;
}

/**
 * The cooldown ticks once a second from a setInterval. While `alignTick` is set, a 1-second
 * interval's callback is handed to it, so the bench can run the tick at the start of a frame
 * like every other trigger (the tick comes at most one frame late; its work is the same).
 */
let alignTick: ((tick: () => void) => void) | undefined;
function alignOneSecondIntervals() {
  const realSetInterval = window.setInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    typeof handler === 'function' && timeout === 1000
      ? realSetInterval(() => {
          const tick = () => (handler as (...args: unknown[]) => void)(...rest);
          if (alignTick) alignTick(tick);
          else tick();
        }, timeout)
      : realSetInterval(handler, timeout, ...rest)) as typeof window.setInterval;
  return () => {
    window.setInterval = realSetInterval;
  };
}

/** Warm-ups, timed runs, then one counting run (rows counted, not timed). */
async function repeat(
  { warmups, runs }: Runs,
  container: Element,
  follow: boolean,
  once: (index: number, measure: (trigger: () => void) => Promise<Sample>) => Promise<void> | void,
): Promise<InteractionResult> {
  const samples: Sample[] = [];
  let counted: Sample | undefined;
  for (let index = 0; index <= warmups + runs; index += 1) {
    const counting = index === warmups + runs;
    const options: InteractionOptions = { follow, ...(counting ? { countIn: container } : {}) };
    await once(index, async (trigger) => {
      const sample = toSample(await measureInteraction('table', trigger, options), { follow });
      if (counting) counted = sample;
      else if (index >= warmups) samples.push(sample);
      return sample;
    });
  }
  return { warmups, samples, counted: counted! };
}

export async function measureInteractions(runs: Runs): Promise<InteractionsResult> {
  const restoreSetInterval = alignOneSecondIntervals();
  const client = createBackend();
  const { queryClient, invites } = await primedQueryClient(client);
  const { container, root, dispose } = mountPoint();
  const commits = recordCommits('table');
  const quiet = (options?: { minMs?: number; quietMs?: number }) =>
    waitQuiet(commits.lastAt, options);
  // The mount, counted (rows re-rendered per commit), not timed: the timings are tableRender's.
  const mount = toSample(
    await measureInteraction(
      'table',
      () =>
        flushSync(() =>
          root.render(<TablePage client={client} queryClient={queryClient} pageSize={ROWS} />),
        ),
      { follow: true, countIn: container },
    ),
    { follow: true },
  );
  await quiet();
  const rows = () => [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  check(rows().length === ROWS, 'the table did not show 100 rows');

  // (a) Select one row's checkbox (each run selects, then clears untimed).
  const select = await repeat(runs, container, true, async (index, measure) => {
    const box = rows()[index % ROWS]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await measure(() => box.click());
    check(rows()[index % ROWS]!.dataset.state === 'selected', 'the row was not selected');
    box.click();
    await quiet();
  });

  // (d) One letter in the search box: the keystroke's commit only (the debounced search and its
  // fetch come later and are not part of it); the search is cleared again untimed.
  const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  const searchKeystroke = await repeat(runs, container, false, async (_index, measure) => {
    await measure(() => typeInto(search, 'a'));
    check(search.value === 'a', 'the search box did not take the letter');
    await quiet({ minMs: 600, quietMs: 200 });
    typeInto(search, '');
    await quiet({ minMs: 600, quietMs: 200 });
    check(rows().length === ROWS, 'the cleared search did not bring 100 rows back');
  });

  // Open invites on the page, with the token of the last email each got.
  const soon = Date.now() + 10 * 60_000;
  const open = invites.filter(
    (invite) =>
      invite.status === 'pending' && invite.expiresAt && Date.parse(invite.expiresAt) > soon,
  );
  const total = runs.warmups + runs.runs + 1;
  check(open.length >= total + 1, `only ${open.length} open invites on the page`);
  const tokenOf = (id: string) =>
    client.sentEmails().findLast((email) => email.inviteId === id)!.token;
  const rowOf = (id: string) => rows()[invites.findIndex((invite) => invite.id === id)]!;

  // (b) The invitee accepts: the backend pushes the change, the table hears it.
  const liveStatus = await repeat(runs, container, true, async (index, measure) => {
    const invite = open[index]!;
    const token = tokenOf(invite.id);
    await measure(() => void client.acceptUserInvite({ token }));
    check(rowOf(invite.id).dataset.status === 'accepted', 'the row did not turn accepted');
    await quiet();
  });

  // (c) A resend starts a cooldown that ticks every second: each tick is one measured run.
  const resent = open[total]!;
  const resend = rowOf(resent.id).querySelector<HTMLButtonElement>('button[data-action="resend"]');
  check(resend, 'the row has no Resend button');
  resend.click();
  await quiet({ minMs: 300 });
  const labels: string[] = [];
  const cooldownTick = await repeat(runs, container, true, async (_index, measure) => {
    await new Promise<void>((done, fail) => {
      alignTick = (tick) => {
        alignTick = undefined;
        measure(tick).then(() => done(), fail);
      };
    });
    labels.push(rowOf(resent.id).querySelector('button[data-action="resend"]')!.textContent ?? '');
  });
  check(new Set(labels).size > 1, `the cooldown label did not change: ${labels.join(' | ')}`);

  commits.stop();
  dispose();
  queryClient.clear();
  restoreSetInterval();
  return { mount, select, liveStatus, cooldownTick, searchKeystroke };
}

/** The requests made while a brisk typist (120 ms between keys) types a word into the search. */
export async function measureSearchRequests(): Promise<SearchRequestsResult> {
  const client = createBackend({ latencyMs: 20 });
  const { container, root, dispose } = mountPoint();
  root.render(
    <InviteClientProvider client={client} tenantId={TENANT} queryClient={new QueryClient()}>
      <UserInvitesTable />
    </InviteClientProvider>,
  );
  const start = Date.now();
  while (!/1–25 of 400/.test(container.textContent ?? '')) {
    check(Date.now() - start < 5000, 'the table did not load');
    await sleep(20);
  }
  await sleep(100);
  client.clearCalls();
  const word = 'lovelace';
  const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  for (let length = 1; length <= word.length; length += 1) {
    typeInto(search, word.slice(0, length));
    await sleep(120);
  }
  await sleep(800);
  const lists = client
    .calls()
    .filter((call) => call.method === 'userInvites')
    .map((call) => call.args[0] as { offset?: number; filter?: { id?: unknown } })
    .filter((query) => !query.filter?.id);
  dispose();
  return {
    word,
    letters: word.length,
    listRequests: lists.filter((query) => (query.offset ?? 0) === 0).length,
    prefetchRequests: lists.filter((query) => (query.offset ?? 0) > 0).length,
  };
}
