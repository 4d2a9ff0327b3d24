import { FileAddOutlined } from '@ant-design/icons';
import type { IncidentDetail, IncidentReport, ReportStage } from '@shouwang/contracts';
import { Button, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { isMessageKey, useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { FiguresLine } from '../components/figures-line';
import { GradeTag } from '../components/grade-tag';
import { ReportClockTag } from '../components/report-clock-tag';
import { channelKey, stageKey } from '../labels';
import { ReportFormModal } from './report-form-modal';

/** Which reports may be made now: 初报 until a written one is in, 续报 while it is active, 终报 once it has ended. */
function stagesOpen(i: IncidentDetail): ReportStage[] {
  const initialDone = i.reports.some((r) => r.stage === 'initial' && r.channel !== 'phone');
  const anyInitial = i.reports.some((r) => r.stage === 'initial');
  const stages: ReportStage[] = [];
  if (!initialDone && i.status !== 'closed') stages.push('initial');
  if (anyInitial && i.status === 'active') stages.push('follow_up');
  if (i.status === 'ended') stages.push('final');
  return stages;
}

/** 信息报送: the reports still owed with their clocks, the reports made (on time or late), and the forms. */
export function ReportChain({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const canReport = useHasPermission('incident.report');
  const [stage, setStage] = useState<ReportStage | null>(null);
  return (
    <div className="sw-inc-stack sw-inc-report-chain">
      <div>
        <Typography.Title level={5} className="sw-inc-section-title">
          {t('incidents.report.owed')}
        </Typography.Title>
        {i.clocks.length === 0 ? (
          <span className="sw-muted">{t('incidents.report.nothingOwed')}</span>
        ) : (
          <Space wrap size={[8, 8]} className="sw-inc-owed">
            {i.clocks.map((c) => (
              <ReportClockTag key={`${c.kind}-${c.seq}`} clock={c} />
            ))}
          </Space>
        )}
      </div>
      {canReport && (
        <Space wrap className="sw-inc-report-actions">
          {stagesOpen(i).map((s, index) => (
            <Button key={s} icon={<FileAddOutlined />} type={index === 0 ? 'primary' : 'default'} onClick={() => setStage(s)} className={`sw-inc-report-new sw-inc-report-new--${s}`}>
              {t('incidents.report.new', { stage: t(stageKey(s)) })}
            </Button>
          ))}
        </Space>
      )}
      <div>
        <Typography.Title level={5} className="sw-inc-section-title">
          {t('incidents.report.made', { count: i.reports.length })}
        </Typography.Title>
        {i.reports.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.report.none')} />
        ) : (
          <Collapse size="small" className="sw-inc-reports" items={i.reports.map((r) => ({ key: r.id, label: <ReportHeader report={r} />, children: <ReportContent report={r} /> }))} />
        )}
      </div>
      {stage && <ReportFormModal incident={i} stage={stage} onClose={() => setStage(null)} />}
    </div>
  );
}

function ReportHeader({ report: r }: { report: IncidentReport }) {
  const { t, language } = useI18n();
  return (
    <span className="sw-inc-report-head" data-stage={r.stage} data-late={r.late}>
      <strong>{r.label}</strong> <Tag>{t(channelKey(r.channel))}</Tag>
      {r.late ? <Tag color="red">{t('incidents.report.late')}</Tag> : <Tag color="green">{t('incidents.report.onTime')}</Tag>}
      <span className="sw-muted sw-inc-small">
        {formatDateTime(r.reportedAt, language)} · {r.reportedBy.name}
      </span>
    </span>
  );
}

function ReportContent({ report: r }: { report: IncidentReport }) {
  const { t } = useI18n();
  const texts = Object.entries(r.content).filter(([, v]) => typeof v === 'string' && v.trim() !== '') as [string, string][];
  return (
    <div className="sw-inc-report-content sw-inc-small">
      <div>
        {t('incidents.report.field.reportedTo')}：{r.reportedTo || '—'} · {t('incidents.report.field.signedOffBy')}：{r.signedOffBy || '—'}
      </div>
      <div>
        <FiguresLine figures={r.figures} /> {r.gradeAfter !== null && <GradeTag grade={r.gradeAfter} />}
      </div>
      <dl className="sw-inc-report-texts">
        {texts.map(([k, v]) => {
          const key = `incidents.report.field.${k}`;
          return (
            <div key={k}>
              <dt>{isMessageKey(key) ? t(key) : k}</dt>
              <dd className="sw-inc-text">{v}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
