import type { IncidentDetail } from '@shouwang/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useCommandBody } from '../../duty';
import { useAddTask } from '../api/incident-steps';

interface TaskValues {
  ownerUnitId?: string;
  title?: string;
  detail?: string;
  dueAt?: string;
}
const FIELDS = ['ownerUnitId', 'title', 'detail', 'dueAt'] as const;
const HOUR = 3_600_000;

/** A task for a unit: the response's member units, or any unit that already has a task here. */
export function AddTaskModal({ incident: i, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const server = useServerErrors(form, FIELDS, { ORG_UNIT_NOT_FOUND: { field: 'ownerUnitId' } });
  const add = useAddTask();
  const body = useCommandBody(i.response?.commandBody?.id ?? null);
  const units = new Map<string, string>();
  for (const m of body.data?.members ?? []) units.set(m.orgUnitId, m.unitName);
  for (const task of i.tasks) units.set(task.ownerUnit.id, task.ownerUnit.name);

  const save = (v: TaskValues) => {
    server.reset();
    add.mutate(
      { id: i.id, body: { ownerUnitId: v.ownerUnitId ?? '', title: (v.title ?? '').trim(), detail: (v.detail ?? '').trim(), dueAt: fromDateTimeLocal(v.dueAt) ?? '' } },
      { onSuccess: () => (void message.success(t('incidents.task.added')), onClose()), onError: server.show },
    );
  };
  return (
    <Modal
      open
      title={t('incidents.task.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.common.save')}
      okButtonProps={{ loading: add.isPending, className: 'sw-inc-task-add-submit' }}
      className="sw-inc-task-modal"
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<TaskValues> form={form} layout="vertical" onFinish={save} initialValues={{ dueAt: toDateTimeLocal(new Date(Date.now() + 2 * HOUR).toISOString()) }}>
        <Form.Item name="ownerUnitId" label={t('incidents.task.owner')} rules={[{ required: true, message: t('incidents.task.rule.owner') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={body.isLoading} options={[...units].map(([value, label]) => ({ value, label }))} aria-label={t('incidents.task.owner')} />
        </Form.Item>
        <Form.Item name="title" label={t('incidents.task.title')} rules={[{ required: true, whitespace: true, max: 200, message: t('incidents.task.rule.title') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="detail" label={t('incidents.task.detail')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('incidents.task.due')} rules={[{ required: true, message: t('incidents.task.rule.due') }]}>
          <Input type="datetime-local" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
