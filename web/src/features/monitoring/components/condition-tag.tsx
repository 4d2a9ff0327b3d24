import type { AlarmCondition } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { CONDITION_SEVERITY, conditionLabel, SEVERITY_TAG } from '../labels';

export function ConditionTag({ condition }: { condition: AlarmCondition }) {
  const { pick } = useI18n();
  return (
    <Tag color={SEVERITY_TAG[CONDITION_SEVERITY[condition]]} className="sw-mon-condition" data-condition={condition}>
      {pick(conditionLabel(condition))}
    </Tag>
  );
}
