import axe from 'axe-core';

/** Runs axe on an element in the real browser and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
