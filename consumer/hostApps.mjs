// The host apps that install the packed tarball, and how each is built and checked.
import { join } from 'node:path';

const here = import.meta.dirname;

/**
 * Every host app: its folder, the commands that build it (and typecheck it, for React 18), and
 * where its build lands. Build output stays under node_modules, so lint, format and git skip it.
 */
export const hostApps = [
  {
    name: 'next-app',
    dir: join(here, 'next-app'),
    build: [['npx', 'next', 'build']],
    output: join(here, 'next-app/node_modules/.next-build'),
  },
  {
    name: 'tailwind-app',
    dir: join(here, 'tailwind-app'),
    build: [['npx', 'vite', 'build', '--logLevel', 'warn']],
    output: join(here, 'tailwind-app/node_modules/.host-build'),
  },
  {
    name: 'react18-app',
    dir: join(here, 'react18-app'),
    build: [
      ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'],
      ['npx', 'vite', 'build', '--logLevel', 'warn'],
    ],
    output: join(here, 'react18-app/node_modules/.host-build'),
  },
];
