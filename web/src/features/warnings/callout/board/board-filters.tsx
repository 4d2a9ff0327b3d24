import type { CalloutBoard, CalloutRole, RecipientState } from '@shouwang/contracts';
import { Input, Select } from 'antd';
import { useI18n } from '../../../../lib/i18n';
import { CALLOUT_ROLES, RECIPIENT_STATES, regionLevelKey, roleLabel, stateKey } from '../callout-labels';

export interface BoardFilterValue {
  level: number | 'all';
  /** `open`: everyone not yet answered (待确认), whatever stage their calls are at. */
  state: RecipientState | 'open' | 'all';
  role: CalloutRole | 'all';
  q: string;
}

export const NO_FILTERS: BoardFilterValue = { level: 'all', state: 'all', role: 'all', q: '' };

export function BoardFilters({ board, value, onChange }: { board: CalloutBoard; value: BoardFilterValue; onChange: (next: BoardFilterValue) => void }) {
  const { t, pick } = useI18n();
  return (
    <div className="sw-callout-filters">
      <Select
        className="sw-callout-filter-level"
        value={value.level}
        onChange={(level) => onChange({ ...value, level })}
        popupMatchSelectWidth={false}
        options={[{ value: 'all' as const, label: t('callouts.filter.allLevels') }, ...board.byLevel.map((l) => ({ value: l.regionLevel, label: t(regionLevelKey(l.regionLevel)) }))]}
      />
      <Select
        className="sw-callout-filter-state"
        value={value.state}
        onChange={(state) => onChange({ ...value, state })}
        popupMatchSelectWidth={false}
        options={[
          { value: 'all' as const, label: t('callouts.filter.allStates') },
          { value: 'open' as const, label: t('callouts.filter.open') },
          ...RECIPIENT_STATES.map((s) => ({ value: s, label: t(stateKey(s)) })),
        ]}
      />
      <Select
        className="sw-callout-filter-role"
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        popupMatchSelectWidth={false}
        options={[{ value: 'all' as const, label: t('callouts.filter.allRoles') }, ...CALLOUT_ROLES.map((r) => ({ value: r, label: roleLabel(r, pick) }))]}
      />
      <Input.Search className="sw-callout-filter-q" allowClear placeholder={t('callouts.filter.search')} defaultValue={value.q} onSearch={(q) => onChange({ ...value, q: q.trim() })} />
    </div>
  );
}
