/** Every list endpoint answers `{items, total}`. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Lists, files, clocks and the map: any step on one incident may change all of them. */
export const incidentsKey = ['incidents'] as const;
