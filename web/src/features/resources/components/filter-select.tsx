import type { Label } from '@shouwang/contracts';
import { Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { enumOptions } from './enum-options';
import type { ListFilters, RegionListState } from '../../../lib/use-region-list';

type Value<F, K extends keyof F> = NonNullable<F[K]> & string;

interface FilterSelectProps<F extends ListFilters, K extends keyof F & string> {
  list: RegionListState<F>;
  /** The list filter it sets; also names it: `kind` → `.sw-res-filter-kind`. */
  name: K;
  values: readonly Value<F, K>[];
  label: (value: Value<F, K>) => Label;
  placeholder: string;
  ariaLabel: string;
  width?: number;
}

/** A clearable list filter over a contract enum, showing its Chinese (or English) names. */
export function FilterSelect<F extends ListFilters, K extends keyof F & string>({ list, name, values, label, placeholder, ariaLabel, width = 140 }: FilterSelectProps<F, K>) {
  const { pick } = useI18n();
  const value = list.filters[name] as Value<F, K> | undefined;
  return (
    <Select<Value<F, K>>
      className={`sw-res-filter-${name}`}
      style={{ width }}
      allowClear
      placeholder={placeholder}
      aria-label={ariaLabel}
      value={value ?? null}
      onChange={(next) => list.filter({ [name]: next ?? undefined } as unknown as Partial<F>)}
      options={enumOptions(values, label, pick)}
      popupMatchSelectWidth={false}
    />
  );
}
