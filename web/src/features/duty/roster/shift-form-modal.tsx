import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Modal, Row } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { RegionField } from '../../resources/components/region-field';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateShift } from '../api/shift-steps';

interface Person {
  name?: string;
  phone?: string;
}
interface ShiftValues {
  regionCode?: string;
  startsAt?: string;
  endsAt?: string;
  leader?: Person;
  officers?: Person[];
  note?: string;
}
const FIELDS = ['regionCode', 'startsAt', 'endsAt', 'leader', 'officers', 'note'] as const;
const PHONE = /^[0-9+\-() ]{5,30}$/;

/** Tomorrow 08:30 to the day after, the usual 24-hour shift. */
function nextDay(): { startsAt: string; endsAt: string } {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(8, 30, 0, 0);
  const end = new Date(start);
  end.setDate(start.getDate() + 1);
  return { startsAt: toDateTimeLocal(start.toISOString()), endsAt: toDateTimeLocal(end.toISOString()) };
}

const person = (p: Person | undefined) => ({ name: (p?.name ?? '').trim(), phone: (p?.phone ?? '').trim() });

/** 排班: a shift of a region with its 带班领导 and 值班员; shifts of one region never overlap. */
export function ShiftFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { region } = useSelectedRegion();
  const [form] = Form.useForm<ShiftValues>();
  const placement = useMemo(() => ({ DUTY_SHIFT_OVERLAP: { field: 'startsAt' }, DUTY_SHIFT_TIMES_INVALID: { field: 'endsAt' }, REGION_NOT_FOUND: { field: 'regionCode' } }), []);
  const server = useServerErrors(form, FIELDS, placement);
  const create = useCreateShift();
  const save = (v: ShiftValues) => {
    server.reset();
    create.mutate(
      {
        regionCode: v.regionCode ?? '',
        startsAt: fromDateTimeLocal(v.startsAt) ?? '',
        endsAt: fromDateTimeLocal(v.endsAt) ?? '',
        leader: person(v.leader),
        officers: (v.officers ?? []).map(person),
        note: (v.note ?? '').trim(),
      },
      { onSuccess: () => (void message.success(t('duty.roster.created')), onClose()), onError: server.show },
    );
  };
  const personFields = (path: (string | number)[], key?: number) => (
    <Row gutter={[8, 0]} key={key}>
      <Col xs={12}>
        <Form.Item name={[...path, 'name']} rules={[{ required: true, whitespace: true, max: 50, message: t('duty.form.rule.name') }]}>
          <Input placeholder={t('duty.form.name')} maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name={[...path, 'phone']} rules={[{ required: true, pattern: PHONE, message: t('duty.form.rule.phone') }]}>
          <Input placeholder={t('duty.form.phone')} inputMode="tel" maxLength={30} />
        </Form.Item>
      </Col>
    </Row>
  );
  return (
    <Modal
      open
      width={640}
      title={t('duty.roster.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('duty.common.save')}
      okButtonProps={{ loading: create.isPending, className: 'sw-duty-shift-submit' }}
      className="sw-duty-shift-modal"
      destroyOnHidden
    >
      <ApiErrorAlert error={server.error} className="sw-duty-alert" />
      <Form<ShiftValues> form={form} layout="vertical" onFinish={save} initialValues={{ regionCode: region?.code, ...nextDay(), leader: {}, officers: [{}] }}>
        <Form.Item name="regionCode" label={t('duty.roster.region')} rules={[{ required: true }]}>
          <RegionField ariaLabel={t('duty.roster.region')} />
        </Form.Item>
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={12}>
            <Form.Item name="startsAt" label={t('duty.form.startsAt')} rules={[{ required: true, message: t('duty.form.rule.time') }]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endsAt" label={t('duty.form.endsAt')} rules={[{ required: true, message: t('duty.form.rule.time') }]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
        </Row>
        <div className="sw-duty-form-caption">{t('duty.leader')}</div>
        {personFields(['leader'])}
        <div className="sw-duty-form-caption">{t('duty.officer')}</div>
        <Form.List name="officers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="sw-duty-officer-line">
                  {personFields([f.name])}
                  {fields.length > 1 && <MinusCircleOutlined className="sw-duty-remove" onClick={() => remove(f.name)} aria-label={t('duty.form.removeOfficer')} />}
                </div>
              ))}
              {fields.length < 10 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                  {t('duty.form.addOfficer')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('duty.form.note')} rules={[{ max: 1000 }]} className="sw-duty-note-item">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
