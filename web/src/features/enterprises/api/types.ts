/** Every list endpoint answers `{items, total}`. */
export interface Page<T> {
  items: T[];
  total: number;
}

export const enterprisesKey = ['enterprises'] as const;
