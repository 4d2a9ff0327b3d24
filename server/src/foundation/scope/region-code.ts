import type { RegionLevel } from '@shouwang/contracts';

/** Digits that identify a region at each level (GB/T 2260 + GB/T 10114): 省2 市4 县6 乡9 村12. */
const PREFIX_LENGTH: Record<RegionLevel, number> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };

/** Accepts 2/4/6/9/12-digit codes and pads to the 12-digit statistical form. */
export function normalizeRegionCode(input: string): string {
  if (!/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(input)) throw new RangeError(`not a region code: ${input}`);
  return input.padEnd(12, '0');
}

export function regionLevelOf(code: string): RegionLevel {
  if (code.slice(9) !== '000') return 5;
  if (code.slice(6, 9) !== '000') return 4;
  if (code.slice(4, 6) !== '00') return 3;
  if (code.slice(2, 4) !== '00') return 2;
  return 1;
}

export function subtreePrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[regionLevelOf(code)]);
}

/** Inclusive bounds of a subtree, so the check is an index range scan on the code column. */
export function subtreeRange(code: string): [string, string] {
  const prefix = subtreePrefix(code);
  return [prefix.padEnd(12, '0'), prefix.padEnd(12, '9')];
}

export function isWithin(code: string, root: string): boolean {
  return code.startsWith(subtreePrefix(root));
}

/** The structural parent by code (null for a province); development zones keep their city's prefix. */
export function parentCodeOf(code: string): string | null {
  const level = regionLevelOf(code);
  if (level === 1) return null;
  const parentLen = PREFIX_LENGTH[(level - 1) as RegionLevel];
  return code.slice(0, parentLen).padEnd(12, '0');
}
