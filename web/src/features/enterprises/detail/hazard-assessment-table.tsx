import type { AssessmentTerm, HazardAssessment } from '@shouwang/contracts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { formatNumber } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';

const Q_SOURCE_KEY: Record<AssessmentTerm['criticalQuantitySource'], MessageKey> = {
  entered: 'enterprises.assessment.source.entered',
  table1: 'enterprises.assessment.source.table1',
  table2: 'enterprises.assessment.source.table2',
};
const BETA_SOURCE_KEY: Record<AssessmentTerm['betaSource'], MessageKey> = {
  table3: 'enterprises.assessment.source.table3',
  table4: 'enterprises.assessment.source.table4',
};

/** The GB 18218 working, one chemical a row: q, Q, q/Q, β and β·q/Q, with where each Q and β came from. */
export function HazardAssessmentTable({ assessment }: { assessment: HazardAssessment }) {
  const { t, language } = useI18n();
  const n = (v: number, digits = 3) => formatNumber(v, language, digits);
  const columns: TableColumnsType<AssessmentTerm> = [
    {
      title: t('enterprises.assessment.chemical'),
      key: 'name',
      render: (_, term) => (
        <span>
          {term.name}
          {term.cas && <span className="sw-code sw-ent-cas">{term.cas}</span>}
        </span>
      ),
    },
    { title: t('enterprises.assessment.q'), key: 'q', align: 'right', render: (_, term) => n(term.quantityTonnes) },
    {
      title: t('enterprises.assessment.Q'),
      key: 'Q',
      align: 'right',
      render: (_, term) => (
        <span className="sw-ent-inline sw-ent-inline--end">
          {n(term.criticalQuantityTonnes)}
          <Tag className="sw-ent-source">{t(Q_SOURCE_KEY[term.criticalQuantitySource])}</Tag>
        </span>
      ),
    },
    { title: 'q/Q', key: 'ratio', align: 'right', render: (_, term) => n(term.ratio, 4) },
    {
      title: 'β',
      key: 'beta',
      align: 'right',
      render: (_, term) => (
        <span className="sw-ent-inline sw-ent-inline--end">
          {n(term.beta, 2)}
          <Tag className="sw-ent-source">{t(BETA_SOURCE_KEY[term.betaSource])}</Tag>
        </span>
      ),
    },
    { title: 'β·q/Q', key: 'weighted', align: 'right', render: (_, term) => n(term.weightedRatio, 4) },
  ];
  return (
    <Table<AssessmentTerm>
      className="sw-ent-assessment"
      rowKey={(term) => `${term.name}:${term.cas ?? ''}`}
      size="small"
      columns={columns}
      dataSource={assessment.terms}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary.Row className="sw-ent-assessment-sum">
          <Table.Summary.Cell index={0}>{t('enterprises.assessment.sum')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} />
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3} align="right">
            <strong data-s={assessment.s}>S = {n(assessment.s, 4)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} />
          <Table.Summary.Cell index={5} align="right">
            <strong>{n(assessment.weightedSum, 4)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
