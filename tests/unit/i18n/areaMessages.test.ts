// Each component carries only its own area of the English catalogue. A key it shows from
// another area would reach the screen as the raw key ("table.empty"): this reads every key
// written in a component's files and checks that its area has it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../../../src/i18n/messages';
import { defaultMessages } from '../../../src/i18n/messages';
import { acceptMessages } from '../../../src/i18n/messages/acceptMessages';
import { commonMessages } from '../../../src/i18n/messages/commonMessages';
import { dialogMessages } from '../../../src/i18n/messages/dialogMessages';
import { formMessages } from '../../../src/i18n/messages/formMessages';
import { outboxMessages } from '../../../src/i18n/messages/outboxMessages';
import { tableActionMessages } from '../../../src/i18n/messages/tableActionMessages';
import { tableMessages } from '../../../src/i18n/messages/tableMessages';

const components = join(import.meta.dirname, '../../../src/components');
const AREAS: Record<string, Record<string, Message>> = {
  AcceptInvite: acceptMessages,
  InviteDialog: { ...formMessages, ...dialogMessages },
  InviteForm: formMessages,
  InviteStatusBadge: {},
  Outbox: outboxMessages,
  UserInvitesTable: tableMessages,
};
const KEY = /['"`]((?:status|error|common|form|dialog|table|accept|outbox)\.[\w.]*)(\$\{)?/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Every key a folder's code names, with what the file naming it knows: its component's area,
 * and the row menu's words where the file builds its text with `useTableActionsI18n`.
 */
function keysIn(dir: string, area: Record<string, Message>) {
  const unknown: string[] = [];
  let count = 0;
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const known = {
      ...commonMessages,
      ...area,
      ...(text.includes('useTableActionsI18n(') ? tableActionMessages : {}),
    };
    for (const [, key, template] of text.matchAll(KEY)) {
      count += 1;
      const found = template
        ? Object.keys(known).some((name) => name.startsWith(key!))
        : key! in known;
      if (!found) unknown.push(`${key} in ${file.slice(components.length + 1)}`);
    }
  }
  return { unknown, count };
}

describe('each component area carries the messages its component shows', () => {
  it('covers every component folder', () => {
    const folders = readdirSync(components).filter(
      (name) => name !== 'shared' && statSync(join(components, name)).isDirectory(),
    );
    expect(folders.sort()).toEqual(Object.keys(AREAS).sort());
  });

  it.each(Object.keys(AREAS))('%s', (folder) => {
    const { unknown, count } = keysIn(join(components, folder), AREAS[folder]!);
    // The badge's words are the statuses, which it names through `statusLabel`.
    if (folder !== 'InviteStatusBadge') expect(count).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });

  it('splits the English catalogue without losing or repeating a key', () => {
    const areas = [
      commonMessages,
      formMessages,
      dialogMessages,
      tableMessages,
      tableActionMessages,
      acceptMessages,
      outboxMessages,
    ];
    const count = areas.reduce((sum, area) => sum + Object.keys(area).length, 0);
    expect(count).toBe(Object.keys(defaultMessages).length);
  });
});
