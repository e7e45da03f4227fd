import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { InviteForm } from '../src/components/InviteForm';
import { UserInvitesTable } from '../src/components/UserInvitesTable';

function SettingsSample() {
  return (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <InviteForm />
      <UserInvitesTable />
    </div>
  );
}

/**
 * The form and the table in every language the library ships (`invite-widgets/locales/*`), as
 * the toolbar's Locale switch shows them. Arabic lays out right to left.
 */
const meta = {
  title: 'Demo/Languages',
  component: SettingsSample,
  parameters: { memory: { seed: 2, seedCount: 8 } },
} satisfies Meta<typeof SettingsSample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story in `locale` whose field and table carry these names. */
function inLanguage(locale: string, field: string, table: string): Story {
  return {
    globals: { locale, latency: 'none', failures: 'none' },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('textbox', { name: field })).toBeVisible();
      await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(1));
      await expect(canvas.getByRole('table', { name: table })).toBeVisible();
    },
  };
}

export const German = inLanguage('de-DE', 'E-Mail-Adressen', 'Einladungen');
export const French = inLanguage('fr-FR', 'Adresses e-mail', 'Invitations');
export const Spanish = inLanguage('es-ES', 'Direcciones de correo electrónico', 'Invitaciones');
export const BrazilianPortuguese = inLanguage('pt-BR', 'Endereços de e-mail', 'Convites');
export const Japanese = inLanguage('ja-JP', 'メールアドレス', '招待');
export const SimplifiedChinese = inLanguage('zh-CN', '邮箱地址', '邀请');

const arabic = inLanguage('ar-EG', 'عناوين البريد الإلكتروني', 'الدعوات');

/** Right to left: the table's first column on the right, numbers in Arabic-Indic digits. */
export const Arabic: Story = {
  ...arabic,
  play: async (context) => {
    await arabic.play!(context);
    const table = within(context.canvasElement).getByRole('table');
    await expect(getComputedStyle(table).direction).toBe('rtl');
  },
};
