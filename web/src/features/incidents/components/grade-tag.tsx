import { INCIDENT_GRADES, type IncidentGrade } from '@shouwang/contracts';
import { useI18n } from '../../../lib/i18n';
import { gradeColour, gradeKey } from '../labels';

/** 特别重大 … 一般 on the grade's colour (dark text on yellow); 未定级 in grey. */
export function GradeTag({ grade, large = false }: { grade: IncidentGrade | null; large?: boolean }) {
  const { t } = useI18n();
  const colour = gradeColour(grade);
  return (
    <span className={`sw-inc-grade${large ? ' sw-inc-grade--large' : ''}`} style={{ background: colour.fill, color: colour.text }} data-grade={grade ?? 'none'}>
      {grade ? t('incidents.grade.tag', { name: t(gradeKey(grade)), roman: INCIDENT_GRADES[grade].roman }) : t('incidents.grade.none')}
    </span>
  );
}
