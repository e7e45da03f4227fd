import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import type {
  MemoryInviteClient,
  MemoryInviteClientOptions,
} from '../../src/client/memory/createMemoryInviteClient';
import type { InviteMessages, MessageKey } from '../../src/i18n/messages';
import type { StylingProps } from '../../src/theme/slots';
import { renderWithProviders } from './renderWithProviders';

export interface StylingConformanceOptions<Slot extends string> {
  /** The component's slot prefix: `outbox` gives `data-slot="outbox-item"`. */
  component: string;
  render: (props: StylingProps<Slot>) => ReactElement;
  /** The slots that the rendered state shows. */
  slots: Slot[];
  memory?: MemoryInviteClientOptions;
  /** Brings the backend into the state that shows every listed slot. */
  prepare?: (client: MemoryInviteClient) => Promise<void>;
  /** A message the rendered state shows, to check that overrides reach it. */
  message: MessageKey;
}

/**
 * The theming surface every component shares, checked the same way for each: classNames on
 * every slot, className on the root, unstyled, data-slot on every part, message overrides.
 */
export function describeStylingConformance<Slot extends string>(
  options: StylingConformanceOptions<Slot>,
) {
  const { component, slots } = options;

  async function renderReady(props: StylingProps<Slot>, messages?: Partial<InviteMessages>) {
    const rendered = renderWithProviders(options.render(props), {
      memory: options.memory,
      messages,
    });
    await options.prepare?.(rendered.client);
    await waitFor(() => {
      for (const slot of slots) {
        expect(
          rendered.container.ownerDocument.querySelector(`[data-slot="${component}-${slot}"]`),
          `data-slot="${component}-${slot}"`,
        ).not.toBeNull();
      }
    });
    return rendered;
  }

  const part = (slot: string) => [
    ...document.querySelectorAll<HTMLElement>(`[data-slot="${component}-${slot}"]`),
  ];

  describe(`styling conformance: ${component}`, () => {
    it('puts a data-slot and a default class on every part', async () => {
      await renderReady({});
      for (const slot of slots) {
        for (const element of part(slot)) expect(element).toHaveClass(`iw-${component}-${slot}`);
      }
      expect(part('root')[0]).toHaveClass('iw-root');
    });

    it('adds classNames to every slot and className to the root', async () => {
      const classNames = Object.fromEntries(slots.map((slot) => [slot, `host-${slot}`])) as Partial<
        Record<Slot, string>
      >;
      await renderReady({ className: 'host-root-class', classNames });
      for (const slot of slots) {
        for (const element of part(slot)) expect(element).toHaveClass(`host-${slot}`);
      }
      expect(part('root')[0]).toHaveClass('host-root-class');
    });

    it('drops every default class when unstyled, and keeps data-slot and the host classes', async () => {
      await renderReady({ unstyled: true, className: 'host-root-class' });
      const root = part('root')[0]!;
      const styled = [root, ...root.querySelectorAll('*')].filter((element) =>
        [...element.classList].some((name) => name.startsWith('iw-')),
      );
      expect(styled).toEqual([]);
      expect(root).toHaveClass('host-root-class');
      for (const slot of slots) expect(part(slot).length).toBeGreaterThan(0);
    });

    it('shows message overrides from the provider', async () => {
      await renderReady({}, { [options.message]: 'A host-chosen message' });
      expect(await screen.findAllByText(/A host-chosen message/)).not.toHaveLength(0);
    });
  });
}
