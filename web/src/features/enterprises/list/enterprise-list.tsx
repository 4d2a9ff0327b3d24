import { EnvironmentOutlined } from '@ant-design/icons';
import type { Enterprise, EnterpriseRiskGrade, Industry } from '@shouwang/contracts';
import { Button, Input, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { useEnterprises } from '../api/list-enterprises';
import { HazardGradeTag } from '../components/hazard-grade-tag';
import { RiskGradeTag } from '../components/risk-grade-tag';
import { INDUSTRIES, industryLabel, RISK_GRADES, riskGradeLabel } from '../labels';
import { useEnterpriseList } from './use-enterprise-list';

/** 企业台账: enterprises of the header's region, filtered by industry, risk grade and name or credit code. */
export function EnterpriseList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, pick } = useI18n();
  const list = useEnterpriseList();
  const enterprises = useEnterprises(list.params, list.region !== null);

  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('enterprises.field.name'),
      key: 'name',
      fixed: 'left',
      width: 240,
      render: (_, e) => (
        <Button type="link" className="sw-ent-name-link" onClick={() => onOpen(e.id)}>
          {e.name}
        </Button>
      ),
    },
    { title: t('enterprises.field.industry'), key: 'industry', width: 150, render: (_, e) => pick(industryLabel(e.industry)) },
    { title: t('enterprises.field.riskGrade'), key: 'riskGrade', width: 100, render: (_, e) => <RiskGradeTag grade={e.riskGrade} /> },
    {
      title: t('enterprises.field.majorHazards'),
      key: 'hazards',
      width: 160,
      render: (_, e) => (
        <span className="sw-ent-inline">
          {e.majorHazardSourceCount > 0 ? <HazardGradeTag grade={e.highestHazardGrade} /> : null}
          <span>{t('enterprises.list.hazardCount', { major: e.majorHazardSourceCount, total: e.hazardSourceCount })}</span>
        </span>
      ),
    },
    { title: t('enterprises.field.region'), key: 'region', width: 120, render: (_, e) => <RegionName code={e.regionCode} /> },
    {
      title: t('enterprises.field.principal'),
      key: 'principal',
      width: 190,
      render: (_, e) => (
        <span className="sw-ent-inline">
          {e.principal.name} <PhoneLink phone={e.principal.phone} />
        </span>
      ),
    },
    {
      title: t('enterprises.field.safetyManager'),
      key: 'safetyManager',
      width: 190,
      render: (_, e) => (
        <span className="sw-ent-inline">
          {e.safetyManager.name} <PhoneLink phone={e.safetyManager.phone} />
        </span>
      ),
    },
  ];

  return (
    <div className="sw-ent-list">
      <div className="sw-ent-toolbar">
        {list.region && (
          <Tooltip title={t('enterprises.list.regionHint')}>
            <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-ent-region-tag" data-region-code={list.region.code}>
              {list.region.name}
            </Tag>
          </Tooltip>
        )}
        <Input.Search
          className="sw-ent-search"
          placeholder={t('enterprises.list.search')}
          aria-label={t('enterprises.list.search')}
          allowClear
          maxLength={50}
          value={list.search}
          onChange={(e) => list.setSearch(e.target.value)}
          onSearch={(value) => list.filter({ q: value.trim() || undefined })}
        />
        <Select<Industry>
          className="sw-ent-filter-industry"
          style={{ width: 190 }}
          allowClear
          placeholder={t('enterprises.list.allIndustries')}
          aria-label={t('enterprises.field.industry')}
          value={list.filters.industry ?? null}
          onChange={(industry) => list.filter({ industry: industry ?? undefined })}
          options={INDUSTRIES.map((value) => ({ value, label: pick(industryLabel(value)) }))}
          popupMatchSelectWidth={false}
        />
        <Select<EnterpriseRiskGrade>
          className="sw-ent-filter-risk"
          style={{ width: 130 }}
          allowClear
          placeholder={t('enterprises.list.allRiskGrades')}
          aria-label={t('enterprises.field.riskGrade')}
          value={list.filters.riskGrade ?? null}
          onChange={(riskGrade) => list.filter({ riskGrade: riskGrade ?? undefined })}
          options={RISK_GRADES.map((value) => ({ value, label: pick(riskGradeLabel(value)) }))}
          popupMatchSelectWidth={false}
        />
        {list.filtered && (
          <Button type="link" onClick={list.clear}>
            {t('enterprises.list.reset')}
          </Button>
        )}
      </div>
      <ApiErrorAlert className="sw-ent-alert" error={enterprises.error} />
      <Table<Enterprise>
        className="sw-ent-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={enterprises.data?.items ?? []}
        loading={enterprises.isFetching}
        scroll={{ x: 'max-content' }}
        onRow={(e) => ({ 'data-enterprise-id': e.id, onDoubleClick: () => onOpen(e.id) }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: enterprises.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('enterprises.list.total', { total }),
          onChange: list.setPage,
          size: 'small',
        }}
      />
    </div>
  );
}
