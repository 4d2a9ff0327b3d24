import { FilterOutlined, LoadingOutlined, UpOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { SpecialityTags } from '../components/speciality-tags';
import { TeamStatusTag } from '../components/team-status-tag';
import { SPECIALITIES, specialityLabel, TEAM_KINDS, TEAM_STATUSES, teamKindLabel, teamStatusLabel } from '../labels';
import { TEAM_STATUS_DOT } from './resource-kinds';
import type { LayerView, ResourcePoint, TeamMapFilter } from './resource-map-state';

interface TeamFilterCardProps {
  filter: TeamMapFilter;
  onFilter: (filter: TeamMapFilter) => void;
  view: LayerView | undefined;
  onOpen: (point: ResourcePoint) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Filters the teams layer (the map re-queries) and lists the teams now in view. */
export function TeamFilterCard({ filter, onFilter, view, onOpen, open, onOpenChange }: TeamFilterCardProps) {
  const { t, pick } = useI18n();
  const active = [filter.speciality, filter.teamKind, filter.status].filter(Boolean).length;
  if (!open) {
    return (
      <Button className="sw-res-panel-toggle" icon={<FilterOutlined />} onClick={() => onOpenChange(true)} aria-expanded={false}>
        {t('resources.map.teamPanel')}
        {active > 0 && ` (${active})`}
      </Button>
    );
  }
  return (
    <Card
      size="small"
      className="sw-res-map-panel sw-res-team-panel"
      title={
        <span>
          <FilterOutlined /> {t('resources.map.teamPanel')}
        </span>
      }
      extra={
        <Button type="text" size="small" icon={<UpOutlined />} aria-label={t('resources.map.collapse')} aria-expanded onClick={() => onOpenChange(false)} />
      }
    >
      <Space orientation="vertical" size={6} className="sw-res-full">
        <Select
          className="sw-res-full sw-res-filter-speciality"
          allowClear
          placeholder={t('resources.filter.allSpecialities')}
          aria-label={t('resources.field.speciality')}
          value={filter.speciality ?? null}
          onChange={(v) => onFilter({ ...filter, speciality: v ?? undefined })}
          options={SPECIALITIES.map((s) => ({ value: s, label: pick(specialityLabel(s)) }))}
        />
        <Space.Compact className="sw-res-full">
          <Select
            className="sw-res-half sw-res-filter-kind"
            allowClear
            placeholder={t('resources.filter.allKinds')}
            aria-label={t('resources.field.teamKind')}
            value={filter.teamKind ?? null}
            onChange={(v) => onFilter({ ...filter, teamKind: v ?? undefined })}
            options={TEAM_KINDS.map((k) => ({ value: k, label: pick(teamKindLabel(k)) }))}
            popupMatchSelectWidth={false}
          />
          <Select
            className="sw-res-half sw-res-filter-status"
            allowClear
            placeholder={t('resources.filter.allStatuses')}
            aria-label={t('resources.field.status')}
            value={filter.status ?? null}
            onChange={(v) => onFilter({ ...filter, status: v ?? undefined })}
            options={TEAM_STATUSES.map((s) => ({ value: s, label: pick(teamStatusLabel(s)) }))}
          />
        </Space.Compact>
      </Space>
      <div className="sw-res-legend" aria-hidden>
        {TEAM_STATUSES.map((s) => (
          <span key={s} className="sw-res-legend-item">
            <i style={{ background: TEAM_STATUS_DOT[s] }} />
            {pick(teamStatusLabel(s))}
          </span>
        ))}
      </div>
      <div className="sw-res-view-summary" data-loading={view?.loading ? 'true' : 'false'} aria-live="polite">
        {view?.loading && <LoadingOutlined />}{' '}
        {view ? t('resources.map.teamsInView', { count: view.total }) : t('common.loading')}
      </div>
      {view?.error && <Alert type="error" showIcon title={t('resources.map.loadFailed')} className="sw-res-alert" />}
      {view && view.clustered && <Alert type="info" showIcon title={t('resources.map.clusteredHint')} className="sw-res-alert" />}
      {view && !view.clustered && view.points.length === 0 && !view.loading && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resources.map.noTeamsInView')} />
      )}
      {view && view.points.length > 0 && (
        <ul className="sw-res-point-list" aria-label={t('resources.map.teamsInViewList')}>
          {view.points.map((p) => (
            <li key={p.id}>
              <button type="button" className="sw-res-point" data-team-id={p.id} onClick={() => onOpen(p)}>
                <span className="sw-res-point-head">
                  <Typography.Text strong ellipsis className="sw-res-point-name">
                    {p.name}
                  </Typography.Text>
                  {p.status && <TeamStatusTag status={p.status} />}
                </span>
                <SpecialityTags specialities={p.specialities} highlight={filter.speciality} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
