/**
 * GB/T 38565-2020 应急物资分类及编码: 7 digits `D NN NN NN` (major / middle / minor / detailed class).
 * Only the three major classes are known; the lower code table is not, so nothing below layer 1 is named.
 */
export const SUPPLY_TOP_CLASSES = {
  '1': { zh: '基本生活保障物资', en: 'Basic living-support supplies' },
  '2': { zh: '应急装备及配套物资', en: 'Emergency equipment and supporting supplies' },
  '3': { zh: '工程材料与机械加工设备', en: 'Engineering materials and machining equipment' },
} as const;

export type SupplyTopClass = keyof typeof SUPPLY_TOP_CLASSES;

export const SUPPLY_CODE_PATTERN = /^[123][0-9]{6}$/;

export function isValidSupplyCode(code: string): boolean {
  return SUPPLY_CODE_PATTERN.test(code);
}

/** The major class (layer 1) of a valid code, or null for an invalid one. */
export function supplyTopClass(code: string): { code: SupplyTopClass; zh: string; en: string } | null {
  if (!isValidSupplyCode(code)) return null;
  const top = code[0] as SupplyTopClass;
  return { code: top, ...SUPPLY_TOP_CLASSES[top] };
}
