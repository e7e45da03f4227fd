// 10,000 pasted addresses: InviteForm's paste (parse, entries, chips, count) to the painted
// frame, then one character typed with those 10,000 entries in the form; beside a plain
// <textarea> receiving the same paste (the browser inserts the text, nothing else runs).
import { QueryClient } from '@tanstack/react-query';
import { Profiler } from 'react';
import { flushSync } from 'react-dom';
import { InviteClientProvider, InviteForm, parseInviteList } from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';
import { measureInteraction, onRender } from './commits';
import { nextPaint, now } from './frame';
import { TENANT, byLabel, check, mountPoint, toSample, typeInto } from './setup';
import type { PasteResult, Sample } from './types';

const COUNT = 10_000;
const text = Array.from({ length: COUNT }, (_, i) => `Person ${i} <person${i}@example.com>`).join(
  '\n',
);

const pasteEvent = () => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
};

async function formOnce(client: ReturnType<typeof createMemoryInviteClient>) {
  const { container, root, dispose } = mountPoint();
  flushSync(() =>
    root.render(
      <Profiler id="form" onRender={onRender}>
        <InviteClientProvider client={client} tenantId={TENANT} queryClient={new QueryClient()}>
          <InviteForm />
        </InviteClientProvider>
      </Profiler>,
    ),
  );
  const input = byLabel<HTMLInputElement>(container, 'Email addresses');
  input.focus();
  await nextPaint();
  const paste = await measureInteraction('form', () => input.dispatchEvent(pasteEvent()), {
    follow: true,
  });
  check(
    container.textContent?.includes(`${COUNT.toLocaleString('en-US')} people`),
    'the form does not count 10,000 people',
  );
  await nextPaint();
  const typed = await measureInteraction('form', () => typeInto(input, 'a'), { follow: true });
  check(input.value === 'a', 'the field did not take the character');
  dispose();
  return {
    paste: toSample(paste, { follow: true }),
    typeOne: toSample(typed, { follow: true }),
  };
}

async function textareaOnce(): Promise<Sample> {
  const { container, root, dispose } = mountPoint();
  flushSync(() =>
    root.render(
      <Profiler id="textarea" onRender={onRender}>
        <textarea aria-label="Email addresses" rows={4} cols={60} />
      </Profiler>,
    ),
  );
  const textarea = container.querySelector('textarea')!;
  textarea.focus();
  await nextPaint();
  const measured = await measureInteraction(
    'textarea',
    () => {
      // A paste: the event, then (not canceled) the text goes in where the selection is, and
      // an input event tells. (The editing command a real paste runs, reached through
      // execCommand('insertText'), takes minutes on 10,000 lines here; setRangeText does what
      // the field itself must do.)
      const event = pasteEvent();
      if (!textarea.dispatchEvent(event)) return;
      textarea.setRangeText(
        event.clipboardData!.getData('text/plain'),
        textarea.selectionStart,
        textarea.selectionEnd,
        'end',
      );
      textarea.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }),
      );
    },
    { follow: true },
  );
  check(textarea.value.length === text.length, 'the textarea did not take the paste');
  dispose();
  return toSample(measured, { follow: true });
}

export async function measurePaste({
  warmups,
  runs,
}: {
  warmups: number;
  runs: number;
}): Promise<PasteResult> {
  const client = createMemoryInviteClient({ tenantId: TENANT });
  const result: PasteResult = {
    count: COUNT,
    warmups,
    paste: [],
    typeOne: [],
    textarea: [],
    parse: [],
  };
  for (let run = 0; run < warmups + runs; run += 1) {
    const start = now();
    parseInviteList(text);
    const parse = now() - start;
    const form = await formOnce(client);
    const textarea = await textareaOnce();
    if (run < warmups) continue;
    result.parse.push(parse);
    result.paste.push(form.paste);
    result.typeOne.push(form.typeOne);
    result.textarea.push(textarea);
  }
  return result;
}
