import type { EnterpriseDetail } from '@shouwang/contracts';
import { Descriptions } from 'antd';
import { PhoneLink } from '../../../components/phone-link';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { HazardGradeTag } from '../components/hazard-grade-tag';
import { RiskGradeTag } from '../components/risk-grade-tag';
import { industryLabel } from '../labels';

/** The register entry: identity, location and the two people the law names. */
export function EnterpriseOverview({ enterprise: e }: { enterprise: EnterpriseDetail }) {
  const { t, pick, language } = useI18n();
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-ent-overview">
      <Descriptions.Item label={t('enterprises.field.uscc')}>
        <span className="sw-code">{e.uscc}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.industry')}>{pick(industryLabel(e.industry))}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.riskGrade')}>
        <RiskGradeTag grade={e.riskGrade} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.majorHazards')}>
        <span className="sw-ent-inline">
          {e.majorHazardSourceCount > 0 && <HazardGradeTag grade={e.highestHazardGrade} />}
          {t('enterprises.list.hazardCount', { major: e.majorHazardSourceCount, total: e.hazardSourceCount })}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.principal')}>
        <span className="sw-ent-inline">
          {e.principal.name} <PhoneLink phone={e.principal.phone} icon />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.safetyManager')}>
        <span className="sw-ent-inline">
          {e.safetyManager.name} <PhoneLink phone={e.safetyManager.phone} icon />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.region')}>
        <RegionName code={e.regionCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.location')}>
        <span className="sw-code">
          {e.lon.toFixed(5)}, {e.lat.toFixed(5)}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.address')} span={2}>
        {e.address}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.field.updatedAt')} span={2}>
        {formatDateTime(e.updatedAt, language)}
      </Descriptions.Item>
    </Descriptions>
  );
}
