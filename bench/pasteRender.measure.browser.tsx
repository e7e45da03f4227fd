// Parse-and-render of 10,000 pasted addresses, in real Chromium: from the paste event to the
// next painted frame, median of several runs. Written to .bench-results/ for `npm run bench`.
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { commands } from 'vitest/browser';
import { InviteClientProvider } from '../src/react/InviteClientProvider';
import { createMemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import { InviteForm } from '../src/components/InviteForm';
import { parseInviteList } from '../src/parse/parseInviteList';
import '../src/styles.css';
import { measureOutsideAct, median, nextPaint } from './measure';

const COUNT = 10_000;
const RUNS = 5;
const text = Array.from({ length: COUNT }, (_, i) => `Person ${i} <person${i}@example.com>`).join(
  '\n',
);

describe('big paste', () => {
  measureOutsideAct();

  it('measures parse and render of 10,000 addresses', async () => {
    const parse: number[] = [];
    const pasteToPaint: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now();
      parseInviteList(text);
      parse.push(performance.now() - start);

      const client = createMemoryInviteClient({ tenantId: 'acme' });
      const view = render(
        <InviteClientProvider client={client} tenantId="acme" queryClient={new QueryClient()}>
          <InviteForm />
        </InviteClientProvider>,
      );
      await nextPaint();
      const input = view.getByRole('textbox', { name: 'Email addresses' });
      const data = new DataTransfer();
      data.setData('text', text);
      start = performance.now();
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      await nextPaint();
      pasteToPaint.push(performance.now() - start);
      expect(view.getByText('10,000 people')).toBeTruthy();
      view.unmount();
    }
    await commands.writeFile(
      '.bench-results/paste-render.json',
      JSON.stringify({
        count: COUNT,
        parseMs: median(parse),
        pasteToPaintMs: median(pasteToPaint),
        runs: RUNS,
      }),
    );
  });
});
