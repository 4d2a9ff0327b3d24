import type { Label } from '@shouwang/contracts';

/** Select options for a contract enum, labelled in the user's language. */
export const enumOptions = <T extends string>(values: readonly T[], label: (value: T) => Label, pick: (label: Label) => string) =>
  values.map((value) => ({ value, label: pick(label(value)) }));
