import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { InviteForm } from '../../src/components/InviteForm';
import { createInviteI18n } from '../../src/i18n/createInviteI18n';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import ar from '../../src/locales/ar';
import { render } from '@testing-library/react';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

const ARABIC = /[\u0600-\u06ff]/;
const number = new Intl.NumberFormat('ar');

/** An Arabic settings page as a host writes it: `dir="rtl"` on the page, `locale="ar"`. */
async function renderArabicPage(width: number, height: number, locale = 'ar') {
  await page.viewport(width, height);
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = 'ar';
  return renderWithProviders(
    <main>
      <InviteForm />
      <UserInvitesTable />
    </main>,
    { locale, messages: { ar }, memory: { seed: 4, seedCount: 30 } },
  );
}

/** Where each character of `text` inside `element` is drawn. */
function boxesOf(element: Element, text: string): DOMRect[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    return [...text].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect();
    });
  }
  throw new Error(`"${text}" is not in ${element.outerHTML.slice(0, 200)}`);
}

function expectNoHorizontalOverflow() {
  const root = document.documentElement;
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
}

describe('Arabic, right to left, in Chromium', () => {
  it('lays the form out from the right: field text starts right, the send button sits left', async () => {
    await renderArabicPage(1280, 800);
    const field = screen.getByRole('textbox', { name: 'عناوين البريد الإلكتروني' });
    expect(getComputedStyle(field).direction).toBe('rtl');

    await userEvent.type(field, 'ada@example.com, grace@example.com, ');
    const send = await screen.findByRole('button', { name: 'إرسال دعوتين' });
    const actions = send.parentElement!;
    const row = actions.getBoundingClientRect();
    // The primary action sits at the end of its row, which is the left in Arabic.
    expect(send.getBoundingClientRect().left - row.left).toBeLessThan(2);
    expect(row.right - send.getBoundingClientRect().right).toBeGreaterThan(40);

    // The field's label starts at the right edge of the field.
    const label = screen.getByText('عناوين البريد الإلكتروني');
    expect(field.getBoundingClientRect().right - label.getBoundingClientRect().right).toBeLessThan(
      24,
    );
    expectNoHorizontalOverflow();
  });

  it('shows an address with a full stop after it, on the left of it, as Arabic reads', async () => {
    await renderArabicPage(1280, 800);
    const field = screen.getByRole('textbox', { name: 'عناوين البريد الإلكتروني' });
    await userEvent.type(field, 'ada@example.com ');
    await userEvent.click(await screen.findByRole('button', { name: 'إرسال الدعوة' }));

    const status = await screen.findByText(/تم إرسال الدعوة إلى/);
    expect(status.textContent).toBe('تم إرسال الدعوة إلى \u2068ada@example.com\u2069.');
    // The address reads left to right within the line, and the line's full stop ends it on
    // its left; the Arabic words stand on its right.
    const address = boxesOf(status, 'ada@example.com');
    const stop = boxesOf(status, '\u2069.')[1]!;
    const words = boxesOf(status, 'الدعوة');
    expect(address[0]!.left).toBeLessThan(address.at(-1)!.left);
    expect(stop.right).toBeLessThanOrEqual(address[0]!.left + 1);
    expect(words[0]!.left).toBeGreaterThan(address.at(-1)!.right);
  });

  it('keeps a name that ends in punctuation whole inside an Arabic sentence', () => {
    const sentence = createInviteI18n({ locale: 'ar', messages: { ar } }).t('accept.accepted', {
      tenant: 'Acme Inc.',
    });
    // The same sentence with the name pasted in bare, as a plain replace would do.
    const bare = sentence.replace(/[\u2068\u2069]/g, '');
    render(
      <div dir="rtl">
        <p>{sentence}</p>
        <p>{bare}</p>
      </div>,
    );
    const [isolated, pasted] = screen.getAllByText(/Acme/);
    // Isolated, the name reads "Acme Inc." left to right, and the sentence's own full stop
    // stands on its left, where an Arabic sentence ends.
    const name = boxesOf(isolated!, 'Acme Inc.');
    expect(name.at(-1)!.left).toBeGreaterThan(name.at(-2)!.left);
    expect(boxesOf(isolated!, '\u2069.')[1]!.right).toBeLessThanOrEqual(name[0]!.left + 1);
    // Bare, the name's own dot drifts to the far side of it: "..Acme Inc".
    const bareName = boxesOf(pasted!, 'Acme Inc.');
    expect(bareName.at(-1)!.right).toBeLessThanOrEqual(bareName[0]!.left + 1);
  });

  it('mirrors the table: the first column on the right, actions on the left, no overflow', async () => {
    await renderArabicPage(1280, 800);
    const table = screen.getByRole('table', { name: 'الدعوات' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));

    const invitee = within(table).getByRole('columnheader', { name: /المدعو/ });
    const actions = within(table).getByRole('columnheader', { name: /الإجراءات/ });
    expect(invitee.getBoundingClientRect().left).toBeGreaterThan(
      actions.getBoundingClientRect().right,
    );
    for (const header of within(table).getAllByRole('columnheader')) {
      if (header.textContent?.trim()) expect(header.textContent).toMatch(ARABIC);
    }
    // Statuses read in Arabic, and numbers in the locale's digits.
    const pending = within(table).getAllByText('قيد الانتظار')[0]!;
    // The status dot sits before the word, on its right.
    expect(getComputedStyle(pending).backgroundPositionX).toBe('100%');
    const range = document.querySelector('[data-slot$="-range"]');
    const pageEnd = number.format(within(table).getAllByRole('row').length - 1);
    expect(range?.textContent).toBe(`${number.format(1)}–${pageEnd} من ${number.format(30)}`);
    expectNoHorizontalOverflow();
  });

  it('writes every number of the table in Arabic-Indic digits for ar-EG', async () => {
    await renderArabicPage(1280, 800, 'ar-EG');
    const table = screen.getByRole('table', { name: 'الدعوات' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    expect(document.querySelector('[data-slot$="-range"]')?.textContent).toMatch(
      /^١–[٠-٩]+ من ٣٠$/,
    );
    // Dates, counts and the rows-per-page choices too: no Latin digit outside the addresses.
    const text = (document.body.textContent ?? '').replace(/[\w.+-]+@[\w.-]+/g, '');
    expect(text.match(/.{0,30}[0-9].{0,30}/g)).toBeNull();
  });

  it('keeps a phone-width page free of horizontal scrolling', async () => {
    await renderArabicPage(390, 844);
    const table = screen.getByRole('table', { name: 'الدعوات' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    expectNoHorizontalOverflow();
  });
});
