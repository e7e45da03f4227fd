// The docs' code is the host apps' code: the README quotes the files verbatim, and the Storybook
// guides import them raw. A file changed without its docs (or the reverse) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumerDir } from './hostHarness';

const root = join(consumerDir, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const GUIDES: { readme: string; story: string; files: string[]; excerpts?: string[] }[] = [
  {
    readme: 'Next.js App Router',
    story: 'stories/NextjsAppRouter.mdx',
    files: [
      'consumer/next-app/app/providers.jsx',
      'consumer/next-app/app/settings/page.jsx',
      'consumer/next-app/app/invite/page.jsx',
      'consumer/next-app/app/invite/AcceptInvitePanel.jsx',
    ],
  },
  {
    readme: 'Tailwind and shadcn/ui',
    story: 'stories/TailwindAndShadcn.mdx',
    files: ['consumer/tailwind-app/src/app.css'],
    excerpts: ['consumer/tailwind-app/src/shadcn.css'],
  },
  {
    readme: 'Testing your app',
    story: 'stories/TestingYourApp.mdx',
    files: ['consumer/react18-app/src/TeamSettings.test.tsx'],
  },
];

/** The fenced code blocks of one README section. */
function blocksOf(section: string): string[] {
  const readme = read('README.md');
  const start = readme.indexOf(`\n## ${section}\n`);
  expect(start, `README has a "## ${section}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const body = readme.slice(start, end === -1 ? undefined : end);
  return [...body.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe.each(GUIDES)('the "$readme" guide', ({ readme, story, files, excerpts = [] }) => {
  it('quotes in the README only code the host apps run, and each file whole', () => {
    const blocks = blocksOf(readme);
    const sources = [...files, ...excerpts].map(read);
    for (const block of blocks) {
      expect(sources.some((source) => source.includes(block))).toBe(true);
    }
    for (const file of files) expect(blocks).toContain(read(file));
  });

  it('imports the same files raw in the Storybook page', () => {
    const mdx = read(story);
    for (const file of [...files, ...excerpts]) {
      expect(mdx).toContain(`'../${file}?raw'`);
    }
  });
});
