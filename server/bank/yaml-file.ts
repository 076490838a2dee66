import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A problem found in a bank file, printed as `file:line: message`. */
export type Problem = { file: string; line: number; message: string };

/**
 * Parses the YAML text of `file` and validates it with a schema, mapping every problem (syntax or schema) to the line
 * it is on. Returns the parsed value only when there were no problems.
 */
export function readYaml<S extends z.ZodType>(file: string, schema: S, text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: lineCounter.linePos(e.pos[0]).line,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  if (problems.length > 0) return { problems, value: undefined, lineOf: () => 1 };

  /** The line of the node at a path (falling back to its nearest ancestor that exists). */
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
      problems.push({ file, line: lineOf(issue.path), message: `${issue.message}${where}` });
    }
    return { problems, value: undefined, lineOf };
  }
  return { problems, value: parsed.data as z.infer<S>, lineOf };
}
