import type { HazardAssessment } from '@shouwang/contracts';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useHazardReference } from '../api/get-hazard-reference';
import { hazardGradeLabel } from '../labels';

/** The two results written out the way an inspector checks them by hand: S, then α and R, then the grade. */
export function HazardFormula({ assessment: a }: { assessment: HazardAssessment }) {
  const { t, pick, language } = useI18n();
  const reference = useHazardReference();
  const n = (v: number, digits = 4) => formatNumber(v, language, digits);
  const band = a.grade ? reference.data?.grades.find((g) => g.grade === a.grade) : undefined;
  return (
    <div className="sw-ent-formula" data-major={a.isMajorHazard ? 'true' : 'false'}>
      <div>
        <span className="sw-ent-math">S = Σ q/Q = {n(a.s)}</span>
        {a.isMajorHazard ? t('enterprises.assessment.isMajor') : t('enterprises.assessment.notMajor')}
      </div>
      <div className="sw-muted">{t('enterprises.assessment.alpha', { people: a.exposedPopulation, alpha: n(a.alpha, 2) })}</div>
      <div>
        <span className="sw-ent-math">
          R = α · Σ β·q/Q = {n(a.alpha, 2)} × {n(a.weightedSum)} = {n(a.r, 2)}
        </span>
        {a.grade &&
          t('enterprises.assessment.grade', {
            grade: pick(hazardGradeLabel(a.grade)),
            band: band ? t('enterprises.assessment.band', { min: n(band.minR, 0) }) : '',
          })}
      </div>
      <div className="sw-muted sw-ent-standard">{a.standard}</div>
    </div>
  );
}
