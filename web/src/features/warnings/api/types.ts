/** Every list endpoint answers `{items, total}`. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Lists, files and the public page: any step on one warning may change all of them. */
export const warningsKey = ['warnings'] as const;
export const publicWarningsKey = ['public-warnings'] as const;
