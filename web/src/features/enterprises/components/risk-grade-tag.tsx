import type { EnterpriseRiskGrade } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { riskGradeColor, riskGradeLabel } from '../labels';

/** 重大 / 较大 / 一般 / 低风险 (red / orange / yellow / blue), or "not assessed". */
export function RiskGradeTag({ grade }: { grade: EnterpriseRiskGrade | null }) {
  const { t, pick } = useI18n();
  if (!grade) return <Tag className="sw-ent-risk">{t('enterprises.risk.notAssessed')}</Tag>;
  const color = riskGradeColor(grade);
  return (
    <Tag color={color === 'yellow' ? 'gold' : color} className="sw-ent-risk" data-risk={grade}>
      {pick(riskGradeLabel(grade))}
    </Tag>
  );
}
