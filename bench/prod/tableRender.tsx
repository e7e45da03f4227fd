// A 100-row page of UserInvitesTable beside a plain hand-written table, mounted in turn in the
// same page (table, baseline, table, baseline…), each from the mount call to its painted frame.
import { Profiler } from 'react';
import { flushSync } from 'react-dom';
import { measureInteraction, onRender } from './commits';
import { nextPaint } from './frame';
import { PlainTable } from './PlainTable';
import {
  ROWS,
  TablePage,
  check,
  createBackend,
  mountPoint,
  primedQueryClient,
  toSample,
} from './setup';
import type { Sample, TableRenderResult } from './types';

async function mountOnce(
  side: 'table' | 'baseline',
  client: ReturnType<typeof createBackend>,
): Promise<Sample> {
  // Each mount starts from a new cache with the data in it, as a page that prefetched does.
  const { queryClient, invites } = await primedQueryClient(client);
  const { container, root, dispose } = mountPoint();
  const element =
    side === 'table' ? (
      <TablePage client={client} queryClient={queryClient} pageSize={ROWS} />
    ) : (
      <Profiler id="baseline" onRender={onRender}>
        <PlainTable invites={invites} />
      </Profiler>
    );
  await nextPaint();
  const measured = await measureInteraction(side, () => flushSync(() => root.render(element)), {
    follow: true,
  });
  check(
    container.querySelectorAll('tbody tr').length === ROWS,
    `${side}: ${container.querySelectorAll('tbody tr').length} rows, not ${ROWS}`,
  );
  dispose();
  queryClient.clear();
  // The time to the next painted frame is the figure; a later commit is counted, not timed.
  return toSample(measured, { follow: false });
}

export async function measureTableRender({
  warmups,
  runs,
}: {
  warmups: number;
  runs: number;
}): Promise<TableRenderResult> {
  const client = createBackend();
  const result: TableRenderResult = { warmups, table: [], baseline: [] };
  for (let run = 0; run < warmups + runs; run += 1) {
    for (const side of ['table', 'baseline'] as const) {
      const sample = await mountOnce(side, client);
      if (run >= warmups) result[side].push(sample);
    }
  }
  return result;
}
