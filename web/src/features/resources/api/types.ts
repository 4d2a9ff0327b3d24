/** Every list endpoint answers `{items, total}`. */
export interface ResourcePage<T> {
  items: T[];
  total: number;
}

export const resourcesKey = ['resources'] as const;
