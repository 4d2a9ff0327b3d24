import { CheckCircleOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import type { IncidentDetail, IncidentReview, IncidentReviewStatus } from '@shouwang/contracts';
import { Alert, App, Button, Descriptions, Form, Input, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime, formatDuration } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useHasPermission } from '../../auth/use-current-user';
import { incidentReportDocxUrl, useReview, useSaveReview } from '../api/review';

const SECTIONS = ['summary', 'response', 'assessment', 'lessons', 'measures'] as const;
type Section = (typeof SECTIONS)[number];
type ReviewValues = Partial<Record<Section, string>>;
const sectionKey = (s: Section): MessageKey => `incidents.review.${s}`;

/** 总结评估 after the 终报: the record's facts (timeliness, response time, tasks), five written parts, and the DOCX report. */
export function ReviewPanel({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const closed = i.status === 'closed';
  const review = useReview(i.id, closed);
  return (
    <div className="sw-inc-stack sw-inc-review">
      <Space wrap>
        <Button href={incidentReportDocxUrl(i.id)} download icon={<FileWordOutlined />} className="sw-inc-export">
          {t('incidents.review.export')}
        </Button>
      </Space>
      {!closed ? (
        <Alert type="info" showIcon title={t('incidents.review.afterClosing')} />
      ) : (
        <>
          <ApiErrorAlert className="sw-inc-alert" error={review.error} />
          {review.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
          {review.data && <ReviewFacts review={review.data} />}
          {review.data && <ReviewForm incidentId={i.id} review={review.data} />}
        </>
      )}
    </div>
  );
}

function ReviewFacts({ review }: { review: IncidentReview }) {
  const { t, language } = useI18n();
  const f = review.facts;
  const span = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds * 1000));
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-inc-review-facts" title={t('incidents.review.facts', { at: formatDateTime(f.computedAt, language) })}>
      <Descriptions.Item label={t('incidents.review.reports')}>{t('incidents.review.reportsLine', { onTime: f.reportsOnTime, late: f.reportsLate, missed: f.deadlinesMissed })}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.review.initialIn')}>{span(f.initialReportSeconds)}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.review.responseIn')}>{f.response ? span(f.response.secondsFromReceived) : t('incidents.review.noResponse')}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.review.tasks')}>{t('incidents.review.tasksLine', { done: f.tasks.done, total: f.tasks.total, overdue: f.tasks.overdue })}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.review.timeline')} span={2}>
        {t('incidents.review.timelineLine', { entries: f.timeline.entries, calls: f.timeline.calls, dispatches: f.timeline.dispatches })}
      </Descriptions.Item>
    </Descriptions>
  );
}

function ReviewForm({ incidentId, review }: { incidentId: string; review: IncidentReview }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const canWrite = useHasPermission('incident.command');
  const [form] = Form.useForm<ReviewValues>();
  const server = useServerErrors(form, SECTIONS);
  const save = useSaveReview(incidentId);
  const status = useRef<IncidentReviewStatus>('draft');
  const final = review.status === 'final';
  const readOnly = final || !canWrite;

  const submit = (v: ReviewValues) => {
    server.reset();
    const body = { ...Object.fromEntries(SECTIONS.map((s) => [s, (v[s] ?? '').trim()])), status: status.current };
    save.mutate(body, {
      onSuccess: (r) => void message.success(t(r.status === 'final' ? 'incidents.review.finalised' : 'incidents.review.saved')),
      onError: server.show,
    });
  };
  const send = (next: IncidentReviewStatus) => {
    status.current = next;
    form.submit();
  };

  return (
    <div data-review-status={review.status} className="sw-inc-review-form">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.review.title')}
        <Tag color={final ? 'green' : review.status === 'draft' ? 'gold' : 'default'}>{t(`incidents.review.status.${review.status}`)}</Tag>
        {review.finalisedAt && (
          <span className="sw-muted sw-inc-small">
            {review.finalisedBy} · {formatDateTime(review.finalisedAt, language)}
          </span>
        )}
      </Typography.Title>
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<ReviewValues> form={form} layout="vertical" disabled={readOnly} initialValues={Object.fromEntries(SECTIONS.map((s) => [s, review[s]]))} onFinish={submit}>
        {SECTIONS.map((s) => (
          <Form.Item key={s} name={s} label={t(sectionKey(s))} rules={[{ max: s === 'lessons' || s === 'measures' ? 4000 : 8000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} className={`sw-inc-review-${s}`} />
          </Form.Item>
        ))}
        {!readOnly && (
          <Space wrap>
            <Button icon={<SaveOutlined />} loading={save.isPending && status.current === 'draft'} onClick={() => send('draft')} className="sw-inc-review-save">
              {t('incidents.review.saveDraft')}
            </Button>
            <Popconfirm title={t('incidents.review.finaliseConfirm')} onConfirm={() => send('final')}>
              <Button type="primary" icon={<CheckCircleOutlined />} loading={save.isPending && status.current === 'final'} className="sw-inc-review-finalise">
                {t('incidents.review.finalise')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Form>
    </div>
  );
}
