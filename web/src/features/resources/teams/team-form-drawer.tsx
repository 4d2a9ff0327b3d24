import type { ForceLevel, Speciality, Team, TeamCreate, TeamKind, TeamUpdate } from '@shouwang/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateTeam } from '../api/create-team';
import { useUpdateTeam } from '../api/update-team';
import { ContactFields } from '../components/contact-fields';
import { enumOptions } from '../components/enum-options';
import { FormDrawer } from '../components/form-drawer';
import { requiredText, trimmed } from '../components/form-rules';
import { FormSection } from '../components/form-section';
import { LocationFields } from '../components/location-fields';
import { RegionField } from '../components/region-field';
import { useResourceForm } from '../components/use-resource-form';
import { FORCE_LEVEL_OF_REGION, FORCE_LEVELS, forceLevelLabel, SPECIALITIES, specialityLabel, TEAM_KINDS, teamKindLabel } from '../labels';
import { EquipmentLinesField, type EquipmentLineValue } from './equipment-lines-field';

interface TeamFormValues {
  name: string;
  kind: TeamKind;
  specialities: Speciality[];
  level: ForceLevel;
  regionCode: string;
  lon: number;
  lat: number;
  baseAddress: string;
  leader: string;
  phone: string;
  equipment: EquipmentLineValue[];
}

const FIELDS = ['name', 'kind', 'specialities', 'level', 'regionCode', 'lon', 'lat', 'baseAddress', 'leader', 'phone', 'equipment'] as const;

interface TeamFormDrawerProps {
  open: boolean;
  /** The team to edit; null creates one. */
  team: Team | null;
  onClose: () => void;
  /** After a save, with the team as the server now has it. */
  onSaved?: (team: Team, created: boolean) => void;
}

/** 新建 / 编辑救援队伍: the team's file without its roster (members are added in the team's drawer). */
export function TeamFormDrawer({ open, team, onClose, onSaved }: TeamFormDrawerProps) {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const { form, save, drawerProps } = useResourceForm<TeamFormValues, Team, TeamCreate, TeamUpdate>({
    record: team,
    fields: FIELDS,
    duplicateMessage: 'resources.team.rule.duplicate',
    create: useCreateTeam(),
    update: useUpdateTeam(),
    createdMessage: 'resources.team.created',
    onClose,
    onSaved,
    levelOfRegion: FORCE_LEVEL_OF_REGION,
  });
  const regionCode = Form.useWatch('regionCode', form);

  const initialValues: Partial<TeamFormValues> = team
    ? {
        name: team.name,
        kind: team.kind,
        specialities: team.specialities,
        level: team.level,
        regionCode: team.regionCode,
        lon: team.lon,
        lat: team.lat,
        baseAddress: team.baseAddress,
        leader: team.leader,
        phone: team.phone,
        equipment: team.equipment,
      }
    : {
        specialities: [],
        equipment: [],
        ...(region ? { regionCode: region.code, level: FORCE_LEVEL_OF_REGION[region.level] } : {}),
      };

  const submit = (values: TeamFormValues) => {
    // Every field is sent, also on edit: a missing `equipment` would be read as "no equipment".
    const body: TeamCreate = {
      name: trimmed(values.name),
      kind: values.kind,
      specialities: values.specialities,
      level: values.level,
      regionCode: values.regionCode,
      lon: values.lon,
      lat: values.lat,
      baseAddress: trimmed(values.baseAddress),
      leader: trimmed(values.leader),
      phone: trimmed(values.phone),
      equipment: (values.equipment ?? []).map((line) => ({ name: trimmed(line.name), quantity: line.quantity ?? 0, unit: trimmed(line.unit) })),
    };
    save(body, body);
  };

  const pair = { xs: 12 };
  return (
    <FormDrawer<TeamFormValues>
      {...drawerProps}
      open={open}
      name="team"
      title={team ? t('resources.team.editTitle', { name: team.name }) : t('resources.team.createTitle')}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={team ? t('resources.form.save') : t('resources.team.create')}
    >
      <FormSection title={t('resources.form.section.basic')} />
      <Form.Item name="name" label={t('resources.team.name')} rules={requiredText(100, t('resources.team.rule.name'))}>
        <Input maxLength={100} autoComplete="off" placeholder={t('resources.team.namePlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col {...pair}>
          <Form.Item name="kind" label={t('resources.field.teamKind')} rules={[{ required: true, message: t('resources.form.rule.choose') }]}>
            <Select options={enumOptions(TEAM_KINDS, teamKindLabel, pick)} placeholder={t('resources.form.choose')} />
          </Form.Item>
        </Col>
        <Col {...pair}>
          <Form.Item name="level" label={t('resources.field.level')} rules={[{ required: true, message: t('resources.form.rule.choose') }]}>
            <Select options={enumOptions(FORCE_LEVELS, forceLevelLabel, pick)} placeholder={t('resources.form.choose')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="specialities"
        label={t('resources.field.speciality')}
        rules={[{ required: true, type: 'array', min: 1, message: t('resources.team.rule.specialities') }]}
      >
        <Select mode="multiple" maxCount={10} options={enumOptions(SPECIALITIES, specialityLabel, pick)} placeholder={t('resources.team.specialitiesPlaceholder')} allowClear />
      </Form.Item>

      <FormSection title={t('resources.form.section.location')} />
      <Form.Item name="regionCode" label={t('resources.field.region')} rules={[{ required: true, message: t('resources.form.rule.region') }]}>
        <RegionField ariaLabel={t('resources.field.region')} />
      </Form.Item>
      <LocationFields regionCode={regionCode} />
      <Form.Item name="baseAddress" label={t('resources.team.baseAddress')} rules={requiredText(200, t('resources.form.rule.address'))}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>

      <FormSection title={t('resources.form.section.contact')} />
      <ContactFields person="leader" label={t('resources.team.leader')} />

      <FormSection title={t('resources.team.equipment')} />
      <EquipmentLinesField />
    </FormDrawer>
  );
}
