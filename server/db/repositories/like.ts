/** A `%…%` ILIKE pattern that matches `q` literally (its own `%`, `_` and `\` escaped). */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
