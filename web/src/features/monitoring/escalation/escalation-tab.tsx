import { EditOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { RegionName } from '../../regions/components/region-name';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useEscalationPolicy } from '../api/escalation-policy';
import { EscalationForm } from './escalation-form';
import { EscalationLadder } from './escalation-ladder';

/** 升级策略: who is told, and when, about an alarm nobody has taken, for the header's region. */
export function EscalationTab() {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  // Setting a region's ladder is duty management (the server's rule), not alarm handling.
  const canEdit = useHasPermission('duty.manage');
  const policy = useEscalationPolicy(region?.code ?? null);
  const p = policy.data;
  // The region being edited: switching the header's region leaves the form rather than save to the wrong one.
  const [editingRegion, setEditingRegion] = useState<string | null>(null);
  const isEditing = editingRegion !== null && editingRegion === region?.code;

  return (
    <div className="sw-mon-escalation-tab">
      <div className="sw-mon-toolbar">
        {region && (
          <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-mon-region-tag" data-region-code={region.code}>
            {region.name}
          </Tag>
        )}
      </div>
      <ApiErrorAlert className="sw-mon-alert" error={policy.error} />
      {!p && !policy.error && <Skeleton active paragraph={{ rows: 4 }} />}
      {p && (
        <Card
          size="small"
          className="sw-mon-policy"
          data-policy-from={p.inheritedFrom ?? 'default'}
          title={t('monitoring.escalation.title')}
          extra={
            canEdit && !isEditing ? (
              <Button
                icon={<EditOutlined />}
                className="sw-mon-policy-edit"
                onClick={() => setEditingRegion(region?.code ?? null)}
              >
                {t('monitoring.escalation.edit')}
              </Button>
            ) : undefined
          }
        >
          <Alert
            type="info"
            showIcon
            className="sw-mon-alert"
            title={
              p.inheritedFrom === null ? (
                t('monitoring.escalation.default')
              ) : p.inheritedFrom === p.regionCode ? (
                t('monitoring.escalation.own')
              ) : (
                <span>
                  {t('monitoring.escalation.inherited')} <RegionName code={p.inheritedFrom} />
                </span>
              )
            }
            description={t('monitoring.escalation.explain')}
          />
          {isEditing && region ? (
            <EscalationForm regionCode={region.code} steps={p.steps} onDone={() => setEditingRegion(null)} />
          ) : (
            <EscalationLadder steps={p.steps} />
          )}
        </Card>
      )}
    </div>
  );
}
