/** An input problem that stops one document: reported as one line naming file and line, never a stack trace. */
export class InputError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super(message);
    this.name = 'InputError';
    this.line = line;
  }
}

/** Where and why a schema rejected a value, from its first issue: "units.0.name：…". */
export function firstIssue(error: {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}): string {
  const [issue] = error.issues;
  if (!issue) throw new Error('a failed validation reported no issue');
  return `${issue.path.join('.')}：${issue.message}`;
}
