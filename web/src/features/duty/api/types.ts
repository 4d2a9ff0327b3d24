/** Every list endpoint answers `{items, total}`. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Rosters, handovers, command bodies: one key so a change anywhere refreshes the duty pages and widgets. */
export const dutyKey = ['duty'] as const;
export const contactsKey = ['contacts'] as const;
