import { ThunderboltOutlined } from '@ant-design/icons';
import { RESPONSE_LEVELS, type IncidentDetail, type ResponseLevel } from '@shouwang/contracts';
import { App, Button, Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useCommandBodies } from '../../duty';
import { useActivateResponse } from '../api/incident-steps';
import { levelKey, RESPONSE_LEVELS as LEVELS } from '../labels';

interface ActivateValues {
  level?: ResponseLevel;
  basis?: string;
  commandBodyId?: string;
}
const FIELDS = ['level', 'basis', 'commandBodyId'] as const;

/** A response level that matches the grade, as the plans pair them (一般 → Ⅳ … 特别重大 → Ⅰ). */
const suggested = (i: IncidentDetail): ResponseLevel | undefined => i.grade ?? undefined;

/**
 * 启动响应: the level, the plan condition met (启动依据) and the command body; by default the special
 * command body for the incident's type, else the 应急指挥部. Every member unit gets its tasks.
 */
export function ActivateResponseForm({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivateValues>();
  const placement = useMemo(() => ({ COMMAND_BODY_NOT_FOUND: { field: 'commandBodyId' }, RESPONSE_NO_COMMAND_BODY: { field: 'commandBodyId' } }), []);
  const server = useServerErrors(form, FIELDS, placement);
  const activate = useActivateResponse();
  const bodies = useCommandBodies(undefined);
  const forType = bodies.data?.items.filter((b) => b.incidentTypes.includes(i.type.key)) ?? [];

  const save = (v: ActivateValues) => {
    server.reset();
    activate.mutate(
      { id: i.id, body: { level: v.level ?? 4, basis: (v.basis ?? '').trim(), ...(v.commandBodyId ? { commandBodyId: v.commandBodyId } : {}) } },
      {
        onSuccess: (detail) => void message.success(t('incidents.response.activated', { roman: RESPONSE_LEVELS[detail.response?.level ?? 4].roman, tasks: detail.tasks.length })),
        onError: server.show,
      },
    );
  };

  return (
    <Card size="small" className="sw-inc-activate" title={t('incidents.response.activateTitle')}>
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<ActivateValues> form={form} layout="vertical" onFinish={save} initialValues={{ level: suggested(i) }} className="sw-inc-activate-form">
        <Form.Item name="level" label={t('incidents.response.level')} rules={[{ required: true, message: t('incidents.response.rule.level') }]} extra={i.grade ? t('incidents.response.levelHint') : undefined}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            className="sw-inc-level-picker"
            options={LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
          />
        </Form.Item>
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={14}>
            <Form.Item name="basis" label={t('incidents.response.basis')} rules={[{ required: true, whitespace: true, max: 1000, message: t('incidents.response.rule.basis') }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} placeholder={t('incidents.response.basisPlaceholder')} className="sw-inc-basis" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="commandBodyId" label={t('incidents.response.commandBody')} extra={forType[0] ? t('incidents.response.bodyDefault', { name: forType[0].name }) : t('incidents.response.bodyDefaultGeneral')}>
              <Select
                allowClear
                className="sw-inc-command-body"
                aria-label={t('incidents.response.commandBody')}
                placeholder={t('incidents.response.bodyAuto')}
                loading={bodies.isLoading}
                options={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" danger htmlType="submit" icon={<ThunderboltOutlined />} loading={activate.isPending} className="sw-inc-activate-submit">
          {t('incidents.response.activate')}
        </Button>
      </Form>
    </Card>
  );
}
