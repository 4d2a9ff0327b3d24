import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { useI18n } from '../../../lib/i18n';
import { useEnterprise } from '../api/get-enterprise';
import { HazardGradeTag } from '../components/hazard-grade-tag';
import { RiskGradeTag } from '../components/risk-grade-tag';
import { industryLabel } from '../labels';

/** The panel of an enterprise clicked on the map: its hazard sources and who to call, and a way to its file. */
export function EnterpriseMapDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, pick } = useI18n();
  const enterprise = useEnterprise(id);
  const e = enterprise.data;
  return (
    <Card
      size="small"
      className="sw-ent-map-panel"
      data-enterprise-id={id}
      title={<span className="sw-ent-map-panel-title">{e?.name ?? t('common.loading')}</span>}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('enterprises.map.close')} onClick={onClose} />}
    >
      <ApiErrorAlert className="sw-ent-alert" error={enterprise.error} />
      {!e && !enterprise.error && <Skeleton active paragraph={{ rows: 4 }} />}
      {e && (
        <>
          <div className="sw-ent-inline">
            <RiskGradeTag grade={e.riskGrade} />
            <span className="sw-muted">{pick(industryLabel(e.industry))}</span>
          </div>
          <ul className="sw-ent-map-sources">
            {e.hazardSources.map((s) => (
              <li key={s.id}>
                <HazardGradeTag grade={s.assessment.grade} /> {s.name}
              </li>
            ))}
          </ul>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('enterprises.field.principal')}>
              <span className="sw-ent-inline">
                {e.principal.name} <PhoneLink phone={e.principal.phone} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.safetyManager')}>
              <span className="sw-ent-inline">
                {e.safetyManager.name} <PhoneLink phone={e.safetyManager.phone} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.address')}>{e.address}</Descriptions.Item>
          </Descriptions>
          <Link to={`/enterprises?enterprise=${encodeURIComponent(e.id)}`} className="sw-ent-more-link">
            {t('enterprises.map.openFile')}
          </Link>
        </>
      )}
    </Card>
  );
}
