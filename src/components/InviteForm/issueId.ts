/**
 * The id of the line that gives an entry's reason in the problems list: a chip with a problem
 * is described by it.
 *
 * @example
 * ```ts
 * issueId(ids.issues, 'alan@'); // ':r1:-issues-alan%40'
 * ```
 */
export function issueId(issuesId: string, key: string): string {
  return `${issuesId}-${encodeURIComponent(key)}`;
}
