// `npm test`: every check the project has, in the order a failure is cheapest to see,
// ending with one plain line "N passed, N failed, N skipped" (tests, plus one per non-test check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const resultsFile = '.vitest-results/results.json';

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? '✓' : '✗'} ${name} (${seconds} s)`);
  return status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) {
    results.passed += 1;
  } else {
    results.failed += 1;
    failures.push(name);
  }
}

try {
  ensureChromium();
  results.passed += 1;
} catch (error) {
  console.error(String(error));
  results.failed += 1;
  failures.push('chromium');
}

check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('size budgets', 'npx', ['size-limit']);
// The host apps (Next.js App Router, Vite + Tailwind v4, Vite + React 18) install the packed
// tarball and are built as their owners would build them; their tests run with the others.
check('pack and install in the host apps', 'node', ['scripts/pack-for-consumer.mjs']);
check('build the host apps', 'node', ['consumer/buildHostApps.mjs']);
// The packed package, as a registry would serve it.
check('publint', 'npx', ['publint', '--strict']);
check('are-the-types-wrong', 'npx', [
  'attw',
  '--pack',
  '.',
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './styles.css',
]);

// Unit (jsdom), browser (Chromium), every story (Chromium + axe) and the built package.
rmSync('.vitest-results', { recursive: true, force: true });
mkdirSync('.vitest-results', { recursive: true });
// Every project but the benchmarks: jsdom, Chromium, every story in three themes, the built
// package, and the host apps on the packed tarball (Node driving Chromium).
const projects = [
  'unit',
  'browser-chromium',
  'storybook-chromium',
  'storybook-dark-chromium',
  'storybook-brand-chromium',
  'storybook-arabic-chromium',
  'package',
  'consumer-hosts',
  'types',
];
const testsOk = step('tests', 'npx', [
  'vitest',
  'run',
  ...projects.flatMap((name) => ['--project', name]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
  results.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no failed test, but it is a failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  results.failed += brokenFiles.length;
  if (!testsOk && report.numFailedTests === 0 && brokenFiles.length === 0) results.failed += 1;
  if (!testsOk) failures.push('tests');
} else {
  results.failed += 1;
  failures.push('tests (no report)');
}

check('storybook build', 'npx', [
  'storybook',
  'build',
  '--quiet',
  '--output-dir',
  'storybook-static',
]);

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
