import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, InputNumber, Select, Space } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useSaveEscalationPolicy, type EscalationStep, type EscalationTarget } from '../api/escalation-policy';
import { ESCALATION_TARGETS, escalationTargetLabel } from '../labels';

const MAX_STEPS = 10;

interface EscalationFormProps {
  regionCode: string;
  steps: EscalationStep[];
  onDone: () => void;
}

/** Edits the region's own ladder (1–10 steps); saving gives the region its own policy instead of the inherited one. */
export function EscalationForm({ regionCode, steps, onDone }: EscalationFormProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ steps: EscalationStep[] }>();
  const save = useSaveEscalationPolicy();
  const targetOptions = ESCALATION_TARGETS.map((value) => ({ value, label: pick(escalationTargetLabel(value)) }));

  const submit = (values: { steps: EscalationStep[] }) =>
    save.mutate(
      { regionCode, steps: values.steps },
      {
        onSuccess: () => {
          void message.success(t('monitoring.escalation.saved'));
          onDone();
        },
      },
    );

  return (
    <Form form={form} layout="vertical" className="sw-mon-policy-form" initialValues={{ steps }} onFinish={submit}>
      <ApiErrorAlert className="sw-mon-alert" error={save.error} />
      <Form.List
        name="steps"
        rules={[
          {
            validator: async (_, value: EscalationStep[] | undefined) => {
              if (!value || value.length === 0) throw new Error(t('monitoring.escalation.rule.atLeastOne'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap className="sw-mon-policy-step" data-step={index + 1}>
                <Form.Item
                  name={[field.name, 'afterMinutes']}
                  label={t('monitoring.escalation.afterMinutes', { level: index + 1 })}
                  dependencies={index > 0 ? [['steps', index - 1, 'afterMinutes']] : []}
                  rules={[
                    { required: true, message: t('monitoring.escalation.rule.minutes') },
                    {
                      // Later steps come later: a ladder that goes back in time would skip people.
                      validator: async (_, value: number | null) => {
                        const previous = form.getFieldValue(['steps', index - 1, 'afterMinutes']) as number | undefined;
                        if (index > 0 && value != null && previous != null && value <= previous) throw new Error(t('monitoring.escalation.rule.increasing'));
                      },
                    },
                  ]}
                >
                  <InputNumber min={1} max={1440} precision={0} suffix={t('monitoring.escalation.minutes')} className="sw-mon-policy-minutes" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'notify']}
                  label={t('monitoring.escalation.notify')}
                  rules={[{ required: true, type: 'array', min: 1, message: t('monitoring.escalation.rule.targets') }]}
                >
                  <Select<EscalationTarget[]> mode="multiple" options={targetOptions} style={{ minWidth: 260 }} className="sw-mon-policy-targets" placeholder={t('monitoring.escalation.notifyPlaceholder')} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('monitoring.escalation.removeStep', { level: index + 1 })} onClick={() => remove(field.name)} className="sw-mon-policy-remove" />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < MAX_STEPS && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ afterMinutes: undefined, notify: [] })} className="sw-mon-policy-add">
                {t('monitoring.escalation.addStep')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Space className="sw-mon-policy-buttons">
        <Button type="primary" htmlType="submit" loading={save.isPending} className="sw-mon-policy-save">
          {t('monitoring.escalation.save')}
        </Button>
        <Button onClick={onDone}>{t('monitoring.common.cancel')}</Button>
      </Space>
    </Form>
  );
}
