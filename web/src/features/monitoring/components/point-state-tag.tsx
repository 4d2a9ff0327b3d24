import type { PointState } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { pointStateLabel, SEVERITY_TAG, STATE_SEVERITY } from '../labels';

export function PointStateTag({ state }: { state: PointState }) {
  const { pick } = useI18n();
  return (
    <Tag color={SEVERITY_TAG[STATE_SEVERITY[state]]} className="sw-mon-state" data-state={state}>
      {pick(pointStateLabel(state))}
    </Tag>
  );
}
