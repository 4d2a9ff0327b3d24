import { WARNING_LEVELS, type CapCategory, type CapCertainty, type CapUrgency, type Warning, type WarningCreate, type WarningLevel } from '@shouwang/contracts';
import { Alert, App, AutoComplete, Button, Col, Drawer, Form, Grid, Input, Radio, Row, Select, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-error';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors, type FieldPath } from '../../../lib/use-server-errors';
import { useCurrentUser } from '../../auth/use-current-user';
import { RegionsTreeSelect } from '../../regions/components/regions-tree-select';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateWarning, useReviseWarning, useSubmitWarning, useUpdateWarning } from '../api/warning-steps';
import { CAP_CATEGORIES, CAP_CERTAINTIES, CAP_URGENCIES, categoryKey, certaintyKey, COMMON_WARNING_TYPES, commonTypeByName, LEVELS, levelColour, levelKey, urgencyKey } from '../labels';
import type { DrawnAreas } from '../map/area-geometry';
import type { AreaMapProps } from './area-map';

// MapLibre is large: the drawing map's chunk loads with the form, not with the list.
const AreaMap = lazy(() => import('./area-map').then((m) => ({ default: m.AreaMap })));

/** What the form is for: a new draft, changing a draft or one sent back, or a new version of a published one. */
export type WarningFormMode = { kind: 'create' } | { kind: 'edit'; warning: Warning } | { kind: 'revise'; warning: Warning };

interface FormValues {
  level: WarningLevel;
  type: { code: string; name: string };
  headline: string;
  description: string;
  instruction?: string;
  category: CapCategory[];
  urgency?: CapUrgency | null;
  certainty: CapCertainty;
  /** `<input type="datetime-local">` values, local time. */
  effective?: string;
  onset?: string;
  expires?: string;
  areas: { regionCodes: string[]; drawn: DrawnAreas };
}

const FIELDS = ['level', 'type', 'headline', 'description', 'instruction', 'category', 'urgency', 'certainty', 'effective', 'onset', 'expires', 'areas'] as const;

/** The body's paths (`areas.polygons.2`, `category.0`) as this form's fields. */
function fieldOf(path: FieldPath): FieldPath {
  const [top, second] = path;
  if (top === 'areas') return second === 'polygons' || second === 'circles' ? ['areas', 'drawn'] : ['areas', 'regionCodes'];
  if (top === 'type') return ['type', second === 'code' ? 'code' : 'name'];
  return [top ?? ''];
}

const HOUR = 3_600_000;

function initialValues(mode: WarningFormMode): Partial<FormValues> {
  if (mode.kind === 'create') {
    const now = Date.now();
    return {
      category: ['Met'],
      certainty: 'Likely',
      urgency: null,
      instruction: '',
      effective: toDateTimeLocal(new Date(now).toISOString()),
      expires: toDateTimeLocal(new Date(now + 24 * HOUR).toISOString()),
      areas: { regionCodes: [], drawn: { polygons: [], circles: [] } },
    };
  }
  const w = mode.warning;
  return {
    ...(w.level ? { level: w.level } : {}),
    type: w.type,
    headline: w.headline,
    description: w.description,
    instruction: w.instruction,
    category: w.cap.category,
    urgency: w.cap.urgency,
    certainty: w.cap.certainty,
    effective: toDateTimeLocal(w.cap.effective),
    onset: toDateTimeLocal(w.cap.onset),
    expires: toDateTimeLocal(w.cap.expires),
    areas: { regionCodes: w.areas.regionCodes, drawn: { polygons: w.areas.polygons, circles: w.areas.circles } },
  };
}

function bodyOf(v: FormValues): WarningCreate {
  return {
    level: v.level,
    type: { code: v.type.code.trim(), name: v.type.name.trim() },
    headline: v.headline.trim(),
    description: v.description.trim(),
    instruction: (v.instruction ?? '').trim(),
    category: v.category,
    ...(v.urgency ? { urgency: v.urgency } : {}),
    certainty: v.certainty,
    ...(fromDateTimeLocal(v.effective) ? { effective: fromDateTimeLocal(v.effective) } : {}),
    ...(fromDateTimeLocal(v.onset) ? { onset: fromDateTimeLocal(v.onset) } : {}),
    ...(fromDateTimeLocal(v.expires) ? { expires: fromDateTimeLocal(v.expires) } : {}),
    areas: { regionCodes: v.areas.regionCodes, polygons: v.areas.drawn.polygons, circles: v.areas.drawn.circles },
  };
}

/** Form.Item hands its value to its direct child: this child passes it on to the lazily loaded map. */
function AreaMapField(props: Omit<AreaMapProps, 'readOnly'>) {
  return (
    <Suspense fallback={<Skeleton.Node active className="sw-warn-map-skeleton" />}>
      <AreaMap {...props} />
    </Suspense>
  );
}

interface WarningFormDrawerProps {
  open: boolean;
  mode: WarningFormMode;
  onClose: () => void;
  /** After a save, with the warning as the server now has it (the new version, for a revision). */
  onSaved: (warning: Warning) => void;
}

/**
 * 起草 / 编辑 / 更新预警: level, type, what and what to do, the CAP parameters, when, and where — target
 * regions from the user's jurisdiction and areas drawn on the map. Saved as a draft, optionally
 * submitted for review at once.
 */
export function WarningFormDrawer({ open, mode, onClose, onSaved }: WarningFormDrawerProps) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const user = useCurrentUser();
  const { region } = useSelectedRegion();
  const [form] = Form.useForm<FormValues>();
  const placement = useMemo(() => ({ REGION_NOT_FOUND: { field: ['areas', 'regionCodes'] } }), []);
  const server = useServerErrors(form, FIELDS, placement, { fieldOf });
  const create = useCreateWarning();
  const update = useUpdateWarning();
  const revise = useReviseWarning();
  const submit = useSubmitWarning();
  const andSubmit = useRef(false);
  const pending = create.isPending || update.isPending || revise.isPending || submit.isPending;
  const initial = useMemo(() => initialValues(mode), [mode]);

  const level = Form.useWatch('level', form);
  const targetRegions = Form.useWatch(['areas', 'regionCodes'], form);
  const mapRegion = targetRegions?.[0] ?? region?.code ?? user.regionCode;

  const done = (saved: Warning) => {
    const finish = (w: Warning, text: string) => {
      void message.success(text);
      onSaved(w);
      onClose();
    };
    const savedText = mode.kind === 'create' ? t('warnings.form.created') : mode.kind === 'revise' ? t('warnings.form.revised', { version: saved.version }) : t('warnings.form.saved');
    if (!andSubmit.current) return finish(saved, savedText);
    submit.mutate(saved.id, {
      onSuccess: (submitted) => finish(submitted, t('warnings.action.submitted')),
      // The draft is kept (saving it again here would make a second one): its file opens, and what
      // stopped the submission is said.
      onError: (error) => {
        finish(saved, savedText);
        void message.error(isApiError(error) ? error.message : t('error.unknown'));
      },
    });
  };

  const save = (values: FormValues) => {
    server.reset();
    const body = bodyOf(values);
    if (mode.kind === 'create') create.mutate(body, { onSuccess: done, onError: server.show });
    else if (mode.kind === 'edit') update.mutate({ id: mode.warning.id, body }, { onSuccess: done, onError: server.show });
    else revise.mutate({ id: mode.warning.id, body }, { onSuccess: done, onError: server.show });
  };

  const send = (thenSubmit: boolean) => {
    andSubmit.current = thenSubmit;
    form.submit();
  };

  /** A new draft's headline follows the type and level until the author writes his own. */
  const suggestHeadline = () => {
    if (mode.kind !== 'create' || form.isFieldTouched('headline')) return;
    const values = form.getFieldsValue(['level', ['type', 'name']]) as Partial<FormValues>;
    const typeName = values.type?.name?.trim();
    if (!values.level || !typeName) return;
    form.setFieldValue(
      'headline',
      t('warnings.form.headlineSuggested', { issuer: user.orgUnit?.name ?? user.regionName, type: typeName, colour: t(levelKey(values.level)) }),
    );
  };

  const onValuesChange = (changed: Partial<FormValues>) => {
    const typeName = changed.type?.name;
    if (typeName !== undefined) {
      const known = commonTypeByName(typeName);
      if (known) {
        form.setFieldValue(['type', 'code'], known.code);
        if (!form.isFieldTouched('category')) form.setFieldValue('category', [known.category]);
      }
    }
    if (changed.level !== undefined || typeName !== undefined) suggestHeadline();
  };

  const title =
    mode.kind === 'create'
      ? t('warnings.form.createTitle')
      : mode.kind === 'edit'
        ? t('warnings.form.editTitle', { headline: mode.warning.headline })
        : t('warnings.form.reviseTitle', { headline: mode.warning.headline });
  const saveText = mode.kind === 'create' ? t('warnings.form.saveDraft') : mode.kind === 'edit' ? t('warnings.form.save') : t('warnings.form.saveRevision');
  const half = { xs: 24, sm: 12 };
  const third = { xs: 24, sm: 8 };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.md ? 880 : '100%'}
      destroyOnHidden
      maskClosable={!pending}
      className={`sw-warn-form-drawer sw-warn-form-drawer--${mode.kind}`}
      footer={
        <Space wrap className="sw-warn-form-footer">
          <Button onClick={onClose} disabled={pending} className="sw-warn-form-cancel">
            {t('warnings.common.cancel')}
          </Button>
          <Button loading={pending && !andSubmit.current} disabled={pending} onClick={() => send(false)} className="sw-warn-form-save">
            {saveText}
          </Button>
          <Button type="primary" loading={pending && andSubmit.current} disabled={pending} onClick={() => send(true)} className="sw-warn-form-submit">
            {t('warnings.form.saveAndSubmit')}
          </Button>
        </Space>
      }
    >
      {mode.kind === 'revise' && <Alert type="info" showIcon className="sw-warn-alert" title={t('warnings.form.reviseNote', { version: mode.warning.version + 1 })} />}
      {mode.kind === 'edit' && mode.warning.status === 'rejected' && mode.warning.rejectionReason && (
        <Alert type="warning" showIcon className="sw-warn-alert" title={t('warnings.form.rejectedNote', { reason: mode.warning.rejectionReason })} />
      )}
      <ApiErrorAlert className="sw-warn-alert" error={server.error} onClose={server.reset} />
      <Form<FormValues> form={form} layout="vertical" requiredMark initialValues={initial} onFinish={save} onValuesChange={onValuesChange} scrollToFirstError className="sw-warn-form">
        <Typography.Title level={5} className="sw-warn-form-section">
          {t('warnings.form.section.basic')}
        </Typography.Title>
        <Form.Item name="level" label={t('warnings.field.level')} rules={[{ required: true, message: t('warnings.form.rule.level') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" className="sw-warn-level-input">
            {LEVELS.map((value) => (
              <Radio.Button key={value} value={value} className="sw-warn-level-choice" data-level={value} style={level === value ? { background: levelColour(value).fill, borderColor: levelColour(value).fill, color: levelColour(value).text } : undefined}>
                <span className="sw-warn-dot" style={{ background: levelColour(value).fill }} />
                {t('warnings.level.tag', { colour: t(levelKey(value)), roman: WARNING_LEVELS[value].roman })}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Row gutter={12}>
          <Col xs={16} sm={16}>
            <Form.Item
              name={['type', 'name']}
              label={t('warnings.field.type')}
              rules={[
                { required: true, whitespace: true, message: t('warnings.form.rule.type') },
                { max: 40, message: t('warnings.form.rule.type') },
              ]}
            >
              <AutoComplete
                className="sw-warn-type-name"
                placeholder={t('warnings.form.typePlaceholder')}
                aria-label={t('warnings.field.type')}
                options={COMMON_WARNING_TYPES.map((type) => ({
                  value: type.zh,
                  label: (
                    <span className="sw-warn-type-option">
                      {language === 'en' ? `${type.en} · ${type.zh}` : type.zh}
                      <span className="sw-code sw-muted">{type.code}</span>
                    </span>
                  ),
                }))}
                showSearch={{ filterOption: (input, option) => !input || String(option?.value ?? '').includes(input.trim()) || (commonTypeByName(String(option?.value ?? ''))?.en.toLowerCase().includes(input.trim().toLowerCase()) ?? false) }}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={8} sm={8}>
            <Form.Item
              name={['type', 'code']}
              label={t('warnings.field.typeCode')}
              rules={[
                { required: true, whitespace: true, message: t('warnings.form.rule.typeCode') },
                { max: 20, message: t('warnings.form.rule.typeCode') },
              ]}
            >
              <Input maxLength={20} autoComplete="off" placeholder={t('warnings.form.typeCodePlaceholder')} className="sw-warn-type-code" />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5} className="sw-warn-form-section">
          {t('warnings.form.section.content')}
        </Typography.Title>
        <Form.Item name="headline" label={t('warnings.field.headline')} rules={[{ required: true, whitespace: true, message: t('warnings.form.rule.headline') }, { max: 200, message: t('warnings.form.rule.headline') }]}>
          <Input maxLength={200} autoComplete="off" placeholder={t('warnings.form.headlinePlaceholder')} className="sw-warn-headline-input" />
        </Form.Item>
        <Form.Item name="description" label={t('warnings.field.description')} rules={[{ required: true, whitespace: true, message: t('warnings.form.rule.description') }, { max: 4000, message: t('warnings.form.rule.description') }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('warnings.form.descriptionPlaceholder')} className="sw-warn-description-input" />
        </Form.Item>
        <Form.Item name="instruction" label={t('warnings.field.instruction')} rules={[{ max: 4000, message: t('warnings.rule.max', { max: 4000 }) }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount placeholder={t('warnings.form.instructionPlaceholder')} className="sw-warn-instruction-input" />
        </Form.Item>

        <Typography.Title level={5} className="sw-warn-form-section">
          {t('warnings.form.section.time')}
        </Typography.Title>
        <Row gutter={12}>
          <Col {...third}>
            <Form.Item name="effective" label={t('warnings.cap.effective')}>
              <Input type="datetime-local" className="sw-warn-effective" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="onset" label={t('warnings.cap.onset')}>
              <Input type="datetime-local" className="sw-warn-onset" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name="expires"
              label={t('warnings.cap.expires')}
              dependencies={['effective']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    const from = fromDateTimeLocal(getFieldValue('effective') as string | undefined);
                    const to = fromDateTimeLocal(value);
                    if (from && to && to <= from) throw new Error(t('warnings.form.rule.expires'));
                  },
                }),
              ]}
            >
              <Input type="datetime-local" className="sw-warn-expires" />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5} className="sw-warn-form-section">
          {t('warnings.form.section.area')}
        </Typography.Title>
        <Form.Item
          name={['areas', 'regionCodes']}
          label={t('warnings.field.targetRegions')}
          extra={t('warnings.form.targetHint')}
          dependencies={[['areas', 'drawn']]}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, codes: string[] | undefined) => {
                const drawn = getFieldValue(['areas', 'drawn']) as DrawnAreas | undefined;
                if ((codes?.length ?? 0) + (drawn?.polygons.length ?? 0) + (drawn?.circles.length ?? 0) === 0) throw new Error(t('warnings.form.rule.areas'));
              },
            }),
          ]}
        >
          <RegionsTreeSelect ariaLabel={t('warnings.field.targetRegions')} className="sw-warn-target-regions" />
        </Form.Item>
        <Form.Item name={['areas', 'drawn']} className="sw-warn-area-item">
          <AreaMapField regionCode={mapRegion} colour={levelColour(level ?? null).fill} />
        </Form.Item>

        <Typography.Title level={5} className="sw-warn-form-section">
          {t('warnings.form.section.cap')}
        </Typography.Title>
        <Row gutter={12}>
          <Col xs={24}>
            <Form.Item name="category" label={t('warnings.cap.category')} rules={[{ required: true, type: 'array', min: 1, message: t('warnings.form.rule.category') }]}>
              <Select<CapCategory[]> mode="multiple" maxCount={12} className="sw-warn-category" options={CAP_CATEGORIES.map((value) => ({ value, label: `${t(categoryKey(value))} · ${value}` }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="urgency" label={t('warnings.cap.urgency')}>
              <Select<CapUrgency>
                allowClear
                className="sw-warn-urgency"
                placeholder={t('warnings.form.urgencyAuto')}
                options={CAP_URGENCIES.map((value) => ({ value, label: `${t(urgencyKey(value))} · ${value}` }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="certainty" label={t('warnings.cap.certainty')} rules={[{ required: true }]}>
              <Select<CapCertainty> className="sw-warn-certainty" options={CAP_CERTAINTIES.map((value) => ({ value, label: `${t(certaintyKey(value))} · ${value}` }))} />
            </Form.Item>
          </Col>
        </Row>
        {level && (
          <Typography.Paragraph type="secondary" className="sw-warn-small">
            {t('warnings.cap.severity')}: {pick({ zh: WARNING_LEVELS[level].gradeZh, en: WARNING_LEVELS[level].gradeEn })}
          </Typography.Paragraph>
        )}
      </Form>
    </Drawer>
  );
}
