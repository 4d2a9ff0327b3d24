import type { Expert, ExpertCreate } from '@shouwang/contracts';
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateExpert } from '../api/create-expert';
import { useUpdateExpert, type ExpertPatch } from '../api/update-expert';
import { FormDrawer } from '../components/form-drawer';
import { phoneRules, requiredText, trimmed } from '../components/form-rules';
import { RegionField } from '../components/region-field';
import { useResourceForm } from '../components/use-resource-form';

interface ExpertFormValues {
  name: string;
  fields: string[];
  title: string;
  organisation: string;
  phone: string;
  email: string;
  regionCode: string;
  available: boolean;
}

const FIELDS = ['name', 'fields', 'title', 'organisation', 'phone', 'email', 'regionCode', 'available'] as const;

interface ExpertFormDrawerProps {
  open: boolean;
  expert: Expert | null;
  /** Fields of expertise already in the pool, offered as suggestions. */
  knownFields: string[];
  onClose: () => void;
}

/** 新建 / 编辑专家: fields of expertise are free text (危险化学品, 地质灾害 …), suggested from the pool. */
export function ExpertFormDrawer({ open, expert, knownFields, onClose }: ExpertFormDrawerProps) {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  const { save, drawerProps } = useResourceForm<ExpertFormValues, Expert, ExpertCreate, ExpertPatch>({
    record: expert,
    fields: FIELDS,
    duplicateMessage: 'resources.expert.rule.duplicate',
    create: useCreateExpert(),
    update: useUpdateExpert(),
    createdMessage: 'resources.expert.created',
    onClose,
  });

  const initialValues: Partial<ExpertFormValues> = expert
    ? {
        name: expert.name,
        fields: expert.fields,
        title: expert.title,
        organisation: expert.organisation,
        phone: expert.phone,
        email: expert.email ?? '',
        regionCode: expert.regionCode,
        available: expert.available,
      }
    : { fields: [], email: '', available: true, ...(region ? { regionCode: region.code } : {}) };

  const submit = (values: ExpertFormValues) => {
    const body: ExpertCreate = {
      name: trimmed(values.name),
      fields: [...new Set(values.fields.map((f) => f.trim()).filter(Boolean))],
      title: trimmed(values.title),
      organisation: trimmed(values.organisation),
      phone: trimmed(values.phone),
      email: trimmed(values.email) || null,
      regionCode: values.regionCode,
      available: values.available,
    };
    save(body, body);
  };

  const half = { xs: 24, sm: 12 };
  return (
    <FormDrawer<ExpertFormValues>
      {...drawerProps}
      open={open}
      name="expert"
      title={expert ? t('resources.expert.editTitle', { name: expert.name }) : t('resources.expert.createTitle')}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={expert ? t('resources.form.save') : t('resources.expert.create')}
    >
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="name" label={t('resources.expert.name')} rules={requiredText(50, t('resources.member.rule.name'))}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="title" label={t('resources.expert.title')} rules={requiredText(50, t('resources.expert.rule.title'))}>
            <Input maxLength={50} autoComplete="off" placeholder={t('resources.expert.titlePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="fields"
        label={t('resources.expert.fields')}
        extra={t('resources.member.skillsHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('resources.expert.rule.fields') },
          {
            validator: async (_, fields: string[] | undefined) => {
              if ((fields ?? []).some((f) => f.trim().length > 30)) throw new Error(t('resources.expert.rule.fieldLength'));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          maxCount={20}
          options={knownFields.map((f) => ({ value: f, label: f }))}
          placeholder={t('resources.expert.fieldsPlaceholder')}
          aria-label={t('resources.expert.fields')}
        />
      </Form.Item>
      <Form.Item name="organisation" label={t('resources.expert.organisation')} rules={requiredText(100, t('resources.expert.rule.organisation'))}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="phone" label={t('resources.field.phone')} rules={phoneRules(t('resources.member.rule.phone'))}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" placeholder="138 0000 0000" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="email" label={t('resources.expert.email')} rules={[{ type: 'email', max: 100, message: t('resources.expert.rule.email') }]}>
            <Input maxLength={100} inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="regionCode" label={t('resources.field.region')} rules={[{ required: true, message: t('resources.form.rule.region') }]}>
        <RegionField ariaLabel={t('resources.field.region')} />
      </Form.Item>
      <Form.Item name="available" label={t('resources.expert.available')} valuePropName="checked" extra={t('resources.expert.availableHint')}>
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}
