/** A `LIKE` pattern matching `text` anywhere, the search text taken literally (its `%`, `_` and `\` escaped). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
