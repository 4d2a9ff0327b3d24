import type { HazardSource } from '@shouwang/contracts';
import { Card, Tag, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { HazardGradeTag } from '../components/hazard-grade-tag';
import { unitKindLabel } from '../labels';
import { HazardAssessmentTable } from './hazard-assessment-table';
import { HazardFormula } from './hazard-formula';
import { PackagePersons } from './package-persons';

/** One hazard source: its grade, units, the GB 18218 working and who answers for it. */
export function HazardSourceCard({ source }: { source: HazardSource }) {
  const { t, pick } = useI18n();
  return (
    <Card
      size="small"
      className="sw-ent-hazard"
      data-hazard-id={source.id}
      title={
        <span className="sw-ent-inline">
          <span>{source.name}</span>
          <HazardGradeTag grade={source.assessment.grade} />
        </span>
      }
    >
      {source.description && <Typography.Paragraph className="sw-ent-description">{source.description}</Typography.Paragraph>}
      <div className="sw-ent-units">
        <span className="sw-muted">{t('enterprises.hazard.units')}</span>
        {source.units.map((unit) => (
          <Tag key={unit.id} title={unit.description || undefined}>
            {unit.name} · {pick(unitKindLabel(unit.kind))}
          </Tag>
        ))}
      </div>
      <Typography.Title level={5} className="sw-ent-section-title">
        {t('enterprises.hazard.working')}
      </Typography.Title>
      <HazardAssessmentTable assessment={source.assessment} />
      <HazardFormula assessment={source.assessment} />
      <Typography.Title level={5} className="sw-ent-section-title">
        {t('enterprises.hazard.persons')}
      </Typography.Title>
      <PackagePersons persons={source.packagePersons} />
    </Card>
  );
}
