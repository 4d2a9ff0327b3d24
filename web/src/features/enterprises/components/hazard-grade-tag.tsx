import type { HazardGrade } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { HAZARD_GRADE_TAG, hazardGradeLabel } from '../labels';

/** 一级 … 四级 重大危险源, or a grey "not major" for a source below the GB 18218 threshold. */
export function HazardGradeTag({ grade }: { grade: HazardGrade | null }) {
  const { t, pick } = useI18n();
  if (!grade) return <Tag className="sw-ent-grade" data-grade="none">{t('enterprises.hazard.notMajor')}</Tag>;
  return (
    <Tag color={HAZARD_GRADE_TAG[grade]} className="sw-ent-grade" data-grade={grade}>
      {t('enterprises.hazard.gradeTag', { grade: pick(hazardGradeLabel(grade)) })}
    </Tag>
  );
}
