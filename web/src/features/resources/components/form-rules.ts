import type { FormRule as Rule } from 'antd';

/** Mirrors the contract's ContactPhone rule so most mistakes are caught before sending. */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

/** A required, trimmed text of at most `max` characters (the contract's `Text(max)`). */
export const requiredText = (max: number, message: string): Rule[] => [
  { required: true, whitespace: true, message },
  { max, message },
];

export const phoneRules = (message: string): Rule[] => [
  { required: true, whitespace: true, message },
  { pattern: PHONE_PATTERN, message },
];

/** Strips the spaces a form keeps, e.g. around a pasted address. */
export const trimmed = (value: string | undefined | null): string => (value ?? '').trim();
