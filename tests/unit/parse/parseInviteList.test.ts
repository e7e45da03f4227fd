import { isValidEmail } from '../../../src/client/email';
import { parseInviteList, type ParsedInvitee } from '../../../src/parse/parseInviteList';

const ada = { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' };
const grace = { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' };
const emails = (text: string) => parseInviteList(text).map((entry) => entry.email);

describe('parseInviteList: plain lists', () => {
  it('reads addresses, names and broken addresses, as documented', () => {
    expect(
      parseInviteList(
        'Ada Lovelace <ada@example.com>, grace@example.com; alan@\n"Hopper, Grace" <g@example.com>',
      ),
    ).toEqual([
      { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      { email: 'grace@example.com' },
      { email: 'alan@' },
      { email: 'g@example.com', firstName: 'Grace', lastName: 'Hopper' },
    ]);
  });

  it('splits on the commas and semicolons of Arabic, Chinese and Japanese keyboards', () => {
    expect(
      parseInviteList(
        'ada@example.com،grace@example.com؛alan@example.com、linus@example.com，ken@example.com；rob@example.com',
      ).map((entry) => entry.email),
    ).toEqual([
      'ada@example.com',
      'grace@example.com',
      'alan@example.com',
      'linus@example.com',
      'ken@example.com',
      'rob@example.com',
    ]);
  });

  it('reads a quoted display name before a bare address as a name', () => {
    expect(
      parseInviteList('"Ada Lovelace" ada@example.com, "Hopper, Grace" grace@example.com'),
    ).toEqual([
      { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' },
    ]);
  });
});

describe('parseInviteList: a broken entry spoils only itself', () => {
  it('reads on past a quote that never closes', () => {
    expect(
      parseInviteList('ada@example.com, "Grace <grace@example.com, linus@example.com'),
    ).toEqual([
      { email: 'ada@example.com' },
      { email: 'grace@example.com', firstName: 'Grace' },
      { email: 'linus@example.com' },
    ]);
  });

  it('reads on past a < that never closes, up to the next well-formed entry', () => {
    expect(
      parseInviteList(
        'ada@example.com, Grace <grace@example.com, Linus Torvalds <linus@example.com>, alan@example.com',
      ),
    ).toEqual([
      { email: 'ada@example.com' },
      { email: 'grace@example.com', firstName: 'Grace' },
      { email: 'linus@example.com', firstName: 'Linus', lastName: 'Torvalds' },
      { email: 'alan@example.com' },
    ]);
  });

  it('does not pair a stray quote with the next entry’s quote', () => {
    expect(
      parseInviteList(
        'ada@example.com, "Grace <grace@example.com, "Lovelace, Ada" <ada2@example.com>',
      ),
    ).toEqual([
      { email: 'ada@example.com' },
      { email: 'grace@example.com', firstName: 'Grace' },
      { email: 'ada2@example.com', firstName: 'Ada', lastName: 'Lovelace' },
    ]);
  });

  it('keeps a broken entry without an address as one invalid entry', () => {
    const parsed = parseInviteList('"Grace Hopper, linus@example.com, Ada <ada');
    expect(parsed).toEqual([
      { email: 'Grace Hopper' },
      { email: 'linus@example.com' },
      { email: 'ada', firstName: 'Ada' },
    ]);
    expect(parsed.map((entry) => isValidEmail(entry.email))).toEqual([false, true, false]);
  });

  it('does not let a CSV cell whose quote never closes swallow the rows after it', () => {
    expect(
      parseInviteList(
        'email,name\nada@example.com,"Ada\ngrace@example.com,Grace\nlinus@example.com,Linus',
      ),
    ).toEqual([
      { email: 'ada@example.com', firstName: 'Ada' },
      { email: 'grace@example.com', firstName: 'Grace' },
      { email: 'linus@example.com', firstName: 'Linus' },
    ]);
  });
});

describe('parseInviteList: CSV headers', () => {
  it('reads a header whose quoted cell holds a comma', () => {
    expect(
      parseInviteList(
        '"Name, full",Email\nAda Lovelace,ada@example.com\n"Hopper, Grace",grace@example.com',
      ),
    ).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
  });

  it('reads a quoted header, as Outlook writes it', () => {
    expect(
      parseInviteList(
        '"E-mail Address","First Name"\nada@example.com,Ada\n"grace@example.com","Grace"',
      ),
    ).toEqual([
      { email: 'ada@example.com', firstName: 'Ada' },
      { email: 'grace@example.com', firstName: 'Grace' },
    ]);
  });

  it('reads a semicolon- or tab-separated header with quoted cells', () => {
    expect(parseInviteList('"Last; Name";"Email"\nLovelace;ada@example.com')).toEqual([
      { email: 'ada@example.com', lastName: 'Lovelace' },
    ]);
    expect(
      parseInviteList('"First\tName"\tEmail\tLast Name\nAda\tada@example.com\tLovelace'),
    ).toEqual([ada]);
  });
});

describe('parseInviteList: contact exports', () => {
  it.each<[string, string, ParsedInvitee[]]>([
    [
      'an Outlook export',
      [
        '"First Name","Middle Name","Last Name","Title","Language","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Notes"',
        '"Ada","Augusta","Lovelace","Countess","English","ada@example.com","SMTP","Ada Lovelace (ada@example.com)","","Wrote the first program"',
        '"Grace","Brewster","Hopper","","","","","","grace@example.com","Navy, then Harvard"',
      ].join('\r\n'),
      [ada, grace],
    ],
    [
      'a Google Contacts export (Google CSV)',
      [
        'Name,Given Name,Additional Name,Family Name,Nickname,Language,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value',
        'Ada Lovelace,Ada,Augusta,Lovelace,,,* myContacts,* Home,ada@example.com ::: ada@work.example,,',
        'Grace Hopper,Grace,,Hopper,Amazing Grace,,* myContacts,,,Work,grace@example.com',
      ].join('\n'),
      [ada, grace],
    ],
    [
      'a Google Contacts export (current)',
      [
        'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
        'Ada,,Lovelace,Ey-duh,,,* myContacts,* Home,ada@example.com,Mobile,+44 20 7946 0000',
        'Grace,,Hopper,,,,* myContacts,Work,grace@example.com,,',
      ].join('\n'),
      [ada, grace],
    ],
    [
      'an older Gmail export',
      [
        'Name,E-mail Address,Notes,Section 1 - Description,Section 1 - Email,Section 1 - Phone',
        'Ada Lovelace,ada@example.com,Analyst,Work,,',
        '"Hopper, Grace",,,Personal,grace@example.com,555-0100',
      ].join('\n'),
      [ada, grace],
    ],
    [
      'a HubSpot export',
      [
        'Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Lifecycle Stage',
        '101,Ada,Lovelace,ada@example.com,,Alan Turing,Lead',
        '102,Grace,Hopper,grace@example.com,555-0100,Alan Turing,Customer',
      ].join('\n'),
      [ada, grace],
    ],
    [
      'a Thunderbird export',
      [
        'First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email',
        'Ada,Lovelace,Ada Lovelace,,ada@example.com,ada@work.example',
        ',,Grace Hopper,,,grace@example.com',
      ].join('\n'),
      [ada, grace],
    ],
    [
      'Email Address and Work Email columns',
      [
        'Full Name,Email Address,Work Email',
        'Ada Lovelace,ada@example.com,',
        'Grace Hopper,,grace@example.com',
      ].join('\n'),
      [ada, grace],
    ],
  ])('reads %s: names and addresses, nothing else', (_name, csv, expected) => {
    expect(parseInviteList(csv)).toEqual(expected);
  });

  it('uses the first address column that is not empty in each row', () => {
    expect(
      parseInviteList(
        'E-mail Address,E-mail 2 Address,E-mail 3 Address\n,,ada@example.com\n,grace@example.com,g@example.com',
      ),
    ).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
  });

  it('splits a full-name column only when the row has no first or last name', () => {
    expect(
      parseInviteList(
        'Display Name,First Name,Email\nAda Lovelace,,ada@example.com\nGrace Hopper,Amazing,grace@example.com',
      ),
    ).toEqual([
      { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      { email: 'grace@example.com', firstName: 'Amazing' },
    ]);
  });

  it('keeps a language column only when it holds a language tag', () => {
    expect(
      parseInviteList('email,language\nada@example.com,English\ngrace@example.com,fr-CA'),
    ).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com', locale: 'fr-CA' }]);
  });

  it('reads what follows a lone Email header as a list, without the header', () => {
    expect(
      emails('Email\nada@example.com\n"grace@example.com"\nGrace Hopper <g@example.com>'),
    ).toEqual(['ada@example.com', 'grace@example.com', 'g@example.com']);
  });

  it('still reads its own CSV columns', () => {
    expect(
      parseInviteList(
        'email,firstName,lastName,role,locale\nada@example.com,Ada,Lovelace,admin,en-GB\ngrace@example.com,Grace,Hopper,,',
      ),
    ).toEqual([{ ...ada, roleKey: 'admin', locale: 'en-GB' }, grace]);
  });
});

describe('parseInviteList: a CSV without addresses', () => {
  it('reads the text after the header as a plain list when no row has an address', () => {
    expect(
      parseInviteList(
        'First Name,Last Name,Email\nAda Lovelace <ada@example.com>; Grace Hopper <grace@example.com>',
      ),
    ).toEqual([ada, grace]);
  });

  it('finds addresses written in the wrong column', () => {
    expect(emails('Name,Email\nada@example.com\ngrace@example.com')).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
  });
});

describe('parseInviteList: internationalised domains', () => {
  it('keeps the address as typed and gives its ASCII form for sending', () => {
    const parsed = parseInviteList('Anna <Anna@Bücher.de>, anna@bücher.de, Ada@Example.com');
    expect(parsed).toEqual([
      { email: 'Anna@Bücher.de', asciiEmail: 'Anna@xn--bcher-kva.de', firstName: 'Anna' },
      { email: 'anna@bücher.de', asciiEmail: 'anna@xn--bcher-kva.de' },
      { email: 'Ada@Example.com' },
    ]);
    expect(parsed.every((entry) => isValidEmail(entry.email))).toBe(true);
  });

  it('reads an internationalised address from a CSV', () => {
    expect(parseInviteList('Email,First Name\nanna@bücher.de,Anna')).toEqual([
      { email: 'anna@bücher.de', asciiEmail: 'anna@xn--bcher-kva.de', firstName: 'Anna' },
    ]);
  });
});

const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

describe('parseInviteList: invisible characters', () => {
  it.each(INVISIBLE.map((char) => [`U+${char.codePointAt(0)!.toString(16).toUpperCase()}`, char]))(
    'strips %s from addresses and names',
    (_name, char) => {
      const parsed = parseInviteList(
        `${char}A${char}da Love${char}lace <a${char}da@exam${char}ple.com${char}>, gr${char}ace@example.com${char}`,
      );
      expect(parsed).toEqual([ada, { email: 'grace@example.com' }]);
      expect(parsed.every((entry) => isValidEmail(entry.email))).toBe(true);
    },
  );

  it('strips a byte order mark and invisible characters from a CSV', () => {
    expect(
      parseInviteList(
        '\uFEFF"E-mail Address","First Name","Last Name"\r\n\u200Bada@example.com\u200B,A\u00ADda,\u200FLovelace\u200F',
      ),
    ).toEqual([ada]);
  });
});
