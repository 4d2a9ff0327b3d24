import { SwapOutlined } from '@ant-design/icons';
import type { DutyShift } from '@shouwang/contracts';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Skeleton, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useHasPermission } from '../../auth/use-current-user';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useDutyNow } from '../api/duty-now';
import { useShifts } from '../api/list-shifts';
import { useHandover } from '../api/shift-steps';

interface HandoverValues {
  log?: string;
  openMatters?: string;
  receivedBy?: string;
}
const FIELDS = ['log', 'openMatters', 'receivedBy'] as const;
const WEEK = 7 * 86_400_000;

/**
 * 交接班: the shift on duty now hands over to the next with a written log; what is still open is carried
 * over, so the matters the previous shift left come pre-filled and are not lost.
 */
export function HandoverPanel() {
  const { t, language } = useI18n();
  const { region } = useSelectedRegion();
  const now = useDutyNow(region?.code);
  const servedBy = now.data?.servedBy ?? undefined;
  // A week back is enough to find the shift before this one and the recent handovers.
  const range = useMemo(() => ({ from: new Date(Date.now() - WEEK).toISOString(), to: new Date().toISOString() }), []);
  const recent = useShifts(servedBy, range.from, range.to);
  const shift = now.data?.shift ?? null;
  const ownShifts = (recent.data?.items ?? []).filter((s) => s.regionCode === servedBy);
  const previous = shift ? ownShifts.filter((s) => s.endsAt <= shift.startsAt && s.handover).at(-1) : undefined;
  const handovers = ownShifts.filter((s) => s.handover).reverse();

  if (now.isLoading) return <Skeleton active />;
  return (
    <Row gutter={[16, 16]} className="sw-duty-handover">
      <Col xs={24} lg={14}>
        <ApiErrorAlert error={now.error} className="sw-duty-alert" />
        {!shift ? (
          <Empty description={t('duty.strip.nobody')} />
        ) : shift.handover ? (
          <Alert
            type="success"
            showIcon
            className="sw-duty-handed-over"
            title={t('duty.handover.done', { by: shift.handover.by.name, to: shift.handover.receivedBy ?? '—', at: formatDateTime(shift.handover.at, language) })}
            description={<div className="sw-duty-text">{shift.handover.log}</div>}
          />
        ) : (
          <HandoverForm key={shift.id} shift={shift} next={now.data?.nextShift ?? null} carried={previous?.handover?.openMatters ?? ''} />
        )}
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('duty.handover.history')} className="sw-duty-handover-history">
          {handovers.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Timeline
              items={handovers.map((s) => ({
                key: s.id,
                content: (
                  <div className="sw-duty-small">
                    <strong>{t('duty.handover.logTitle', { by: s.handover?.by.name ?? '', at: formatDateTime(s.handover?.at ?? s.endsAt, language) })}</strong>
                    <div className="sw-duty-text">{s.handover?.log}</div>
                    {s.handover?.openMatters && (
                      <div className="sw-duty-text sw-duty-open">
                        {t('duty.handover.openMatters')}：{s.handover.openMatters}
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

function HandoverForm({ shift, next, carried }: { shift: DutyShift; next: DutyShift | null; carried: string }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const canManage = useHasPermission('duty.manage');
  const [form] = Form.useForm<HandoverValues>();
  const server = useServerErrors(form, FIELDS);
  const handover = useHandover();
  const save = (v: HandoverValues) => {
    server.reset();
    handover.mutate(
      { id: shift.id, body: { log: (v.log ?? '').trim(), openMatters: (v.openMatters ?? '').trim(), ...(v.receivedBy?.trim() ? { receivedBy: v.receivedBy.trim() } : {}) } },
      { onSuccess: () => void message.success(t('duty.handover.saved')), onError: server.show },
    );
  };
  return (
    <Card size="small" title={t('duty.handover.title', { leader: shift.leader.name, from: formatDateTime(shift.startsAt, language), to: formatDateTime(shift.endsAt, language) })} className="sw-duty-handover-card">
      {carried && <Alert type="warning" showIcon className="sw-duty-carried" title={t('duty.handover.carried')} description={<div className="sw-duty-text">{carried}</div>} />}
      <ApiErrorAlert error={server.error} className="sw-duty-alert" />
      <Form<HandoverValues> form={form} layout="vertical" onFinish={save} disabled={!canManage} initialValues={{ openMatters: carried, receivedBy: next?.leader.name ?? '' }}>
        <Form.Item name="log" label={t('duty.handover.log')} rules={[{ required: true, whitespace: true, max: 4000, message: t('duty.handover.rule.log') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} showCount placeholder={t('duty.handover.logPlaceholder')} className="sw-duty-handover-log" />
        </Form.Item>
        <Form.Item name="openMatters" label={t('duty.handover.openMatters')} rules={[{ max: 2000 }]} extra={t('duty.handover.openHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} className="sw-duty-handover-open" />
        </Form.Item>
        <Form.Item name="receivedBy" label={t('duty.handover.receivedBy')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Typography.Paragraph type="secondary" className="sw-duty-small">
          {t('duty.handover.ledgerHint')}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" icon={<SwapOutlined />} loading={handover.isPending} className="sw-duty-handover-submit">
          {t('duty.handover.submit')}
        </Button>
      </Form>
    </Card>
  );
}
