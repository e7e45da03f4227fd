import { screen } from '@testing-library/react';
import { InviteStatusBadge } from '../../../src/components/InviteStatusBadge';
import {
  pickLocaleMessages,
  type InviteMessagesOption,
} from '../../../src/i18n/pickLocaleMessages';
import de from '../../../src/locales/de';
import fr from '../../../src/locales/fr';
import ptBR from '../../../src/locales/pt-BR';
import { renderWithProviders } from '../../helpers/renderWithProviders';

describe('pickLocaleMessages', () => {
  const pt = { 'status.pending': 'Pendente (pt)' };

  it('takes the whole tag first, then shorter ones, then English', () => {
    expect(pickLocaleMessages({ 'pt-BR': ptBR, pt }, 'pt-BR')).toBe(ptBR);
    expect(pickLocaleMessages({ pt }, 'pt-BR')).toBe(pt);
    expect(pickLocaleMessages({ 'pt-BR': ptBR }, 'pt-PT')).toBeUndefined();
    expect(pickLocaleMessages({ de }, 'de-CH-1996')).toBe(de);
    expect(pickLocaleMessages({ de }, 'fr')).toBeUndefined();
  });

  it('compares tags without regard to case or underscores', () => {
    expect(pickLocaleMessages({ 'PT-br': ptBR }, 'pt_BR')).toBe(ptBR);
  });

  it('does not compile with a misspelt key, in either form', () => {
    const typo: InviteMessagesOption = {
      // @ts-expect-error: a misspelt key is neither a message nor a locale's catalogue
      'status.pendng': 'Waiting',
    };
    const typoInCatalogue: InviteMessagesOption = {
      // @ts-expect-error: not a message key
      de: { 'status.pendng': 'Offen' },
    };
    expect(pickLocaleMessages(typo, 'en')).toBe(typo);
    expect(pickLocaleMessages(typoInCatalogue, 'de')).toEqual({ 'status.pendng': 'Offen' });
  });

  it('passes one set of overrides through, whatever the locale', () => {
    const overrides = { 'status.pending': 'Waiting' };
    expect(pickLocaleMessages(overrides, 'de-DE')).toBe(overrides);
    expect(pickLocaleMessages(undefined, 'de-DE')).toBeUndefined();
  });
});

describe('InviteClientProvider with catalogues by locale', () => {
  it('shows the catalogue of its locale, and follows a change of locale', () => {
    const { rerenderWith } = renderWithProviders(<InviteStatusBadge status="pending" />, {
      locale: 'de-DE',
      messages: { de, fr },
    });
    expect(screen.getByText('Ausstehend')).toBeInTheDocument();

    rerenderWith(<InviteStatusBadge status="pending" />, { locale: 'fr-CA', messages: { de, fr } });
    expect(screen.getByText('En attente')).toBeInTheDocument();

    rerenderWith(<InviteStatusBadge status="pending" />, { locale: 'it-IT', messages: { de, fr } });
    expect(screen.getByText('Pending')).toBeInTheDocument();
  });

  it('reads a key a catalogue lacks in English', () => {
    renderWithProviders(<InviteStatusBadge status="expired" />, {
      locale: 'de',
      messages: { de: { 'status.pending': 'Offen' } },
    });
    expect(screen.getByText('Expired')).toBeInTheDocument();
  });

  it('keeps the single-override form working in any locale', () => {
    renderWithProviders(<InviteStatusBadge status="pending" />, {
      locale: 'de-DE',
      messages: { 'status.pending': 'Waiting' },
    });
    expect(screen.getByText('Waiting')).toBeInTheDocument();
  });
});
