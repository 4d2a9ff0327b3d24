import { ReloadOutlined } from '@ant-design/icons';
import type { StrengthReport } from '@shouwang/contracts';
import { Alert, Button, Card, Col, Row, Skeleton, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useStrengthReport } from '../api/get-strength-report';
import { RegionName } from '../../regions/components/region-name';
import { useDrawerParam } from '../components/use-drawer-param';
import { forceLevelLabel, TEAM_KIND_COLOR, teamKindLabel } from '../labels';
import { TeamDrawer } from '../teams/team-drawer';

type Rule = StrengthReport['rules'][number];
type Short = StrengthReport['understrength'][number];
type Missing = StrengthReport['missing'][number];

/** Minimum strengths per level: which teams fall short, and which regions have no team at all. */
export function StrengthTab() {
  const { t, pick } = useI18n();
  // The check follows the header's region like the lists do.
  const report = useStrengthReport(useSelectedRegion().region?.code);
  const [openId, open] = useDrawerParam('team');

  const kindTag = (kind: Rule['kind']) => <Tag color={TEAM_KIND_COLOR[kind]}>{pick(teamKindLabel(kind))}</Tag>;
  const people = (count: number) => t('resources.strength.personUnit', { count });

  const ruleColumns: TableColumnsType<Rule> = [
    { title: t('resources.field.teamKind'), key: 'kind', width: 150, render: (_, r) => kindTag(r.kind) },
    { title: t('resources.field.level'), key: 'level', width: 120, render: (_, r) => pick(forceLevelLabel(r.level)) },
    { title: t('resources.strength.minimum'), key: 'minimum', width: 100, align: 'right', render: (_, r) => people(r.minimum) },
    { title: t('resources.strength.source'), dataIndex: 'source', key: 'source' },
  ];
  const shortColumns: TableColumnsType<Short> = [
    {
      title: t('resources.team.name'),
      key: 'name',
      render: (_, s) => (
        <Button type="link" className="sw-res-name-link" onClick={() => open(s.teamId)}>
          {s.name}
        </Button>
      ),
    },
    { title: t('resources.field.teamKind'), key: 'kind', width: 140, render: (_, s) => kindTag(s.kind) },
    { title: t('resources.field.level'), key: 'level', width: 110, render: (_, s) => pick(forceLevelLabel(s.level)) },
    { title: t('resources.field.region'), key: 'region', width: 120, render: (_, s) => <RegionName code={s.regionCode} /> },
    { title: t('resources.strength.minimum'), key: 'minimum', width: 90, align: 'right', render: (_, s) => people(s.minimum) },
    { title: t('resources.strength.actual'), key: 'actual', width: 90, align: 'right', render: (_, s) => people(s.actual) },
    {
      title: t('resources.strength.shortfall'),
      key: 'shortfall',
      width: 90,
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.shortfall - b.shortfall,
      render: (_, s) => <Typography.Text type="danger">{people(s.shortfall)}</Typography.Text>,
    },
  ];
  const missingColumns: TableColumnsType<Missing> = [
    { title: t('resources.field.region'), key: 'region', render: (_, m) => <span title={m.regionCode}>{m.regionName}</span> },
    { title: t('resources.field.level'), key: 'level', width: 120, render: (_, m) => pick(forceLevelLabel(m.level)) },
    { title: t('resources.field.teamKind'), key: 'kind', width: 150, render: (_, m) => kindTag(m.kind) },
    { title: t('resources.strength.minimum'), key: 'minimum', width: 100, align: 'right', render: (_, m) => people(m.minimum) },
  ];

  if (report.error) return <ApiErrorAlert className="sw-res-alert" error={report.error} />;
  const r = report.data;
  if (!r) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <div className="sw-res-tab sw-res-strength">
      <div className="sw-res-toolbar">
        <Typography.Text type="secondary" className="sw-res-toolbar-filters">
          {t('resources.strength.intro')}
        </Typography.Text>
        <Button icon={<ReloadOutlined />} loading={report.isFetching} onClick={() => void report.refetch()}>
          {t('resources.common.refresh')}
        </Button>
      </div>
      <Row gutter={[12, 12]} className="sw-res-strength-stats">
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic title={t('resources.strength.checked')} value={r.checkedTeams} />
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={t('resources.strength.understrength')} value={r.understrength.length} styles={{ content: { color: r.understrength.length ? '#cf1322' : '#389e0d' } }} />
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={t('resources.strength.missing')} value={r.missing.length} styles={{ content: { color: r.missing.length ? '#d46b08' : '#389e0d' } }} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('resources.strength.understrength')} className="sw-res-card">
        {r.understrength.length === 0 ? (
          <Alert type="success" showIcon title={t('resources.strength.allGood')} />
        ) : (
          <Table<Short>
            size="small"
            rowKey="teamId"
            className="sw-res-table sw-res-understrength"
            columns={shortColumns}
            dataSource={r.understrength}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          />
        )}
      </Card>
      <Card size="small" title={t('resources.strength.missing')} className="sw-res-card">
        {r.missing.length === 0 ? (
          <Alert type="success" showIcon title={t('resources.strength.noMissing')} />
        ) : (
          <Table<Missing>
            size="small"
            rowKey={(m) => `${m.regionCode}:${m.kind}`}
            className="sw-res-table sw-res-missing"
            columns={missingColumns}
            dataSource={r.missing}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          />
        )}
      </Card>
      <Card size="small" title={t('resources.strength.rules')} className="sw-res-card">
        <Table<Rule>
          size="small"
          rowKey={(rule) => `${rule.kind}:${rule.level}`}
          className="sw-res-table"
          columns={ruleColumns}
          dataSource={r.rules}
          pagination={false}
        />
      </Card>
      <TeamDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
}
