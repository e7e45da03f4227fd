import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { configure } from 'storybook/test';
import { InviteClientProvider } from '../src/react/InviteClientProvider';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
  type MemoryInviteClientOptions,
} from '../src/client/memory/createMemoryInviteClient';
import { localeDirection } from '../src/i18n/format';
import { ar } from '../src/locales/ar';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { ja } from '../src/locales/ja';
import { ptBR } from '../src/locales/pt-BR';
import { zhCN } from '../src/locales/zh-CN';
import '../src/styles.css';
import './preview.css';

// Waits that are met return at once. The dev server compiles a chunk loaded on demand (the
// dialog, the row menu) the first time it is asked for, which on a loaded machine can take
// longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** What a story can set through `parameters`. */
export interface InviteStoryParameters {
  /** Options of the story's fresh memory client (merged over the toolbar's). */
  memory?: MemoryInviteClientOptions;
  /** Brings the fresh client into the story's state before it renders. */
  prepare?: (client: MemoryInviteClient) => Promise<void> | void;
  /** `bare`: no padding around the story, for a component that draws a whole page. */
  frame?: 'padded' | 'bare';
}

/**
 * The toolbar values a story's checks are written for: a story whose `play` reads English text
 * or waits on the backend sets these as its `globals`, so no toolbar switch can break it.
 *
 * @example
 * ```tsx
 * export const Sends: Story = { globals: { ...CHECKED_GLOBALS }, play: async () => {} };
 * ```
 */
export const CHECKED_GLOBALS = { locale: 'en-US', latency: 'none', failures: 'none' } as const;

/** Every catalogue the library ships, picked by the provider for the toolbar's locale. */
const CATALOGUES = { de, fr, es, 'pt-BR': ptBR, ja, 'zh-CN': zhCN, ar };

const LATENCY: Record<string, MemoryInviteClientOptions['latencyMs']> = {
  none: 0,
  fast: [80, 250],
  slow: [800, 2000],
};
const FAILURE_RATE: Record<string, number> = { none: 0, flaky: 0.3, offline: 1 };

/** Every story gets a fresh memory client and QueryClient: stories never leak into each other. */
const memoryClientLoader: Loader = async (context) => {
  const parameters = context.parameters as InviteStoryParameters;
  const globals = context.globals as Record<string, string | undefined>;
  const client = createMemoryInviteClient({
    seed: 1,
    latencyMs: LATENCY[globals.latency ?? 'none'],
    ...parameters.memory,
  });
  await parameters.prepare?.(client);
  // Failures from the toolbar start after the story's own set-up.
  client.setFailureRate(FAILURE_RATE[globals.failures ?? 'none'] ?? 0);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient };
};

const withInviteProvider: Decorator = (Story, context) => {
  const { client, queryClient } = context.loaded as {
    client: MemoryInviteClient;
    queryClient: QueryClient;
  };
  const globals = context.globals as Record<string, string | undefined>;
  const theme = globals.theme ?? 'light';
  const locale = globals.locale ?? 'en-US';
  const bare = (context.parameters as InviteStoryParameters).frame === 'bare';
  return (
    <div
      className={`story-frame${bare ? ' story-frame-bare' : ''}${theme === 'brand' ? ' story-brand-theme' : ''}`}
      data-iw-theme={theme === 'dark' ? 'dark' : 'light'}
      dir={localeDirection(locale)}
      lang={locale}
    >
      <InviteClientProvider
        client={client}
        queryClient={queryClient}
        tenantId={client.tenantId}
        currentUserId="user_admin"
        locale={locale}
        messages={CATALOGUES}
      >
        <Story />
      </InviteClientProvider>
    </div>
  );
};

const preview: Preview = {
  loaders: [memoryClientLoader],
  decorators: [withInviteProvider],
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Custom brand' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of texts and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'fr-FR', title: 'Français' },
          { value: 'es-ES', title: 'Español' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'ja-JP', title: '日本語' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'ar-EG', title: 'العربية (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
    latency: {
      description: 'Latency of the memory backend',
      toolbar: {
        title: 'Latency',
        icon: 'timer',
        items: [
          { value: 'none', title: 'No latency' },
          { value: 'fast', title: 'Fast (80–250 ms)' },
          { value: 'slow', title: 'Slow (0.8–2 s)' },
        ],
        dynamicTitle: true,
      },
    },
    failures: {
      description: 'Failure injection',
      toolbar: {
        title: 'Failures',
        icon: 'alert',
        items: [
          { value: 'none', title: 'No failures' },
          { value: 'flaky', title: 'Flaky (30% fail)' },
          { value: 'offline', title: 'Offline (all fail)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US', latency: 'none', failures: 'none' },
  parameters: {
    layout: 'fullscreen',
    // Every story is checked with axe, in Storybook and in CI: a violation fails.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  tags: ['autodocs'],
};

export default preview;
