import type { Speciality } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { specialityLabel } from '../labels';

export function SpecialityTags({ specialities, highlight }: { specialities: readonly Speciality[]; highlight?: Speciality }) {
  const { pick } = useI18n();
  return (
    <span className="sw-res-tags" data-specialities={specialities.join(',')}>
      {specialities.map((s) => (
        <Tag key={s} color={s === highlight ? 'red' : undefined} bordered={false} className="sw-res-tag">
          {pick(specialityLabel(s))}
        </Tag>
      ))}
    </span>
  );
}
