import type { IncidentGrading } from '@shouwang/contracts';
import { Alert, Space } from 'antd';
import { formatNumber } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { gradeKey } from '../labels';
import { GradeTag } from './grade-tag';

type Criterion = IncidentGrading['basis'][number]['criterion'];
type NearMiss = IncidentGrading['largerNearMiss']['reasons'][number]['criterion'];
const criterionKey = (c: Criterion): MessageKey => `incidents.grading.criterion.${c}`;
const nearMissKey = (c: NearMiss): MessageKey => `incidents.grading.nearMiss.${c}`;

/**
 * How the grade was reached (493号令 第三条): each criterion's figure against the bound it reached,
 * the grade a person set, and the more serious of the two; plus the 较大涉险 check and how far up it
 * is reported. The same working on the intake form (live) and in the incident's file.
 */
export function GradingWorking({ grading }: { grading: IncidentGrading }) {
  const { t, language } = useI18n();
  const value = (c: Criterion, v: number) =>
    c === 'directLossYuan' ? `${formatNumber(v / 10_000, language, 2)} ${t('incidents.figures.wan')}` : t('incidents.grading.people', { count: formatNumber(v, language) });
  return (
    <div className="sw-inc-working" data-grade={grading.grade ?? 'none'} data-rule={grading.rule}>
      <div className="sw-inc-working-result">
        <GradeTag grade={grading.grade} large />
        {grading.reportTo && <span className="sw-inc-working-report-to">{t(`incidents.grading.reportTo.${grading.reportTo}`)}</span>}
      </div>
      {grading.rule === 'production_safety' ? (
        <ul className="sw-inc-working-lines">
          {grading.basis.map((b) => (
            <li key={b.criterion} className={b.grade === grading.computed && b.bound !== null ? 'sw-inc-working-decisive' : undefined} data-criterion={b.criterion}>
              <span>{t(criterionKey(b.criterion))}</span> <strong>{value(b.criterion, b.value)}</strong>
              {b.bound !== null ? (
                <span>
                  {' '}
                  ≥ {value(b.criterion, b.bound)} → {t(gradeKey(b.grade))}
                </span>
              ) : (
                <span className="sw-muted"> → {t(gradeKey(b.grade))}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="sw-muted sw-inc-working-assessed-rule">{t('incidents.grading.assessedRule')}</div>
      )}
      <Space size={4} wrap className="sw-inc-working-sum">
        {grading.computed && <span>{t('incidents.grading.computed', { grade: t(gradeKey(grading.computed)) })}</span>}
        {grading.assessed && <span>{t('incidents.grading.assessed', { grade: t(gradeKey(grading.assessed)) })}</span>}
        {grading.missingCountsAsDeaths && grading.rule === 'production_safety' && <span className="sw-muted">{t('incidents.grading.missingCounts')}</span>}
      </Space>
      {grading.largerNearMiss.applies && (
        <Alert
          type="warning"
          showIcon
          className="sw-inc-near-miss"
          title={t('incidents.grading.nearMissTitle')}
          description={grading.largerNearMiss.reasons.map((r) => `${t(nearMissKey(r.criterion))} ${formatNumber(r.value, language)} ≥ ${formatNumber(r.bound, language)}`).join('；')}
        />
      )}
    </div>
  );
}
