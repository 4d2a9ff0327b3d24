import type { Label } from '@shouwang/contracts';
import { Select } from 'antd';
import { useI18n } from '../../../lib/i18n';

interface EnumSelectProps<T extends string> {
  values: readonly T[];
  label: (value: T) => Label;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  placeholder: string;
  ariaLabel: string;
  className?: string;
  width?: number;
}

/** A clearable filter over a contract enum, showing its Chinese (or English) names. */
export function EnumSelect<T extends string>({ values, label, value, onChange, placeholder, ariaLabel, className, width = 140 }: EnumSelectProps<T>) {
  const { pick } = useI18n();
  return (
    <Select<T>
      className={className}
      style={{ width }}
      allowClear
      placeholder={placeholder}
      aria-label={ariaLabel}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      options={values.map((v) => ({ value: v, label: pick(label(v)) }))}
      popupMatchSelectWidth={false}
    />
  );
}
