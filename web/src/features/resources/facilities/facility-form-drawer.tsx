import type { Facility, FacilityCreate, FacilityKind, ForceLevel } from '@shouwang/contracts';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateFacility } from '../api/create-facility';
import { useUpdateFacility, type FacilityPatch } from '../api/update-facility';
import { ContactFields } from '../components/contact-fields';
import { enumOptions } from '../components/enum-options';
import { FormDrawer } from '../components/form-drawer';
import { requiredText, trimmed } from '../components/form-rules';
import { FormSection } from '../components/form-section';
import { LocationFields } from '../components/location-fields';
import { RegionField } from '../components/region-field';
import { useResourceForm } from '../components/use-resource-form';
import {
  AMENITIES,
  amenityLabel,
  FACILITY_KINDS,
  facilityKindLabel,
  FORCE_LEVEL_OF_REGION,
  FORCE_LEVELS,
  forceLevelLabel,
  SHELTER_CLASSES,
  shelterClassLabel,
  type AmenityValue,
  type ShelterClassValue,
} from '../labels';
import { AreaField } from './area-field';

interface FacilityFormValues {
  kind: FacilityKind;
  name: string;
  level: ForceLevel;
  regionCode: string;
  lon: number;
  lat: number;
  address: string;
  manager: string;
  phone: string;
  shelterClass: ShelterClassValue | null;
  capacity: number | null;
  occupancy: number | null;
  areaM2: number | null;
  amenities: AmenityValue[];
  notes: string;
}

const FIELDS = ['kind', 'name', 'level', 'regionCode', 'lon', 'lat', 'address', 'manager', 'phone', 'shelterClass', 'capacity', 'occupancy', 'areaM2', 'amenities', 'notes'] as const;

/** Kinds whose footprint matters: a shelter's open space, a helipad's landing zone, a base's grounds. */
const HAS_AREA: readonly FacilityKind[] = ['shelter', 'helipad', 'rescue_base'];
/** Kinds that people stay at, whose power, water, heating … matter. */
const HAS_AMENITIES: readonly FacilityKind[] = ['shelter', 'rescue_base'];

interface FacilityFormDrawerProps {
  open: boolean;
  facility: Facility | null;
  /** A new facility's kind (the list's kind filter, if any). */
  defaultKind?: FacilityKind | undefined;
  onClose: () => void;
  onSaved?: (facility: Facility, created: boolean) => void;
}

/**
 * 新建 / 编辑设施. Only shelters have a class, a capacity and people in them (the server refuses them
 * elsewhere); area and amenities show for the kinds where the registry keeps them.
 */
export function FacilityFormDrawer({ open, facility, defaultKind, onClose, onSaved }: FacilityFormDrawerProps) {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const { form, save, drawerProps } = useResourceForm<FacilityFormValues, Facility, FacilityCreate, FacilityPatch>({
    record: facility,
    fields: FIELDS,
    duplicateMessage: 'resources.facility.rule.duplicate',
    placement: { SHELTER_CAPACITY_REQUIRED: { field: 'capacity' }, SHELTER_OVER_CAPACITY: { field: 'occupancy' }, FACILITY_NOT_SHELTER: { field: 'kind' } },
    create: useCreateFacility(),
    update: useUpdateFacility(),
    createdMessage: 'resources.facility.created',
    onClose,
    onSaved,
    levelOfRegion: FORCE_LEVEL_OF_REGION,
  });
  const regionCode = Form.useWatch('regionCode', form);
  const kind = Form.useWatch('kind', form) ?? facility?.kind ?? defaultKind ?? 'shelter';
  const shelter = kind === 'shelter';

  const initialValues: Partial<FacilityFormValues> = facility
    ? {
        kind: facility.kind,
        name: facility.name,
        level: facility.level,
        regionCode: facility.regionCode,
        lon: facility.lon,
        lat: facility.lat,
        address: facility.address,
        manager: facility.manager,
        phone: facility.phone,
        shelterClass: facility.shelterClass,
        capacity: facility.capacity,
        occupancy: facility.occupancy,
        areaM2: facility.areaM2,
        amenities: facility.amenities,
        notes: facility.notes,
      }
    : {
        kind: defaultKind ?? 'shelter',
        shelterClass: null,
        capacity: null,
        occupancy: 0,
        areaM2: null,
        amenities: [],
        notes: '',
        ...(region ? { regionCode: region.code, level: FORCE_LEVEL_OF_REGION[region.level] } : {}),
      };

  const submit = (values: FacilityFormValues) => {
    // Hidden fields keep their values in the form's store (e.g. the amenities of a shelter turned
    // into a rescue base); every field is sent so an edit never resets what it does not show.
    const all = { ...(form.getFieldsValue(true) as Partial<FacilityFormValues>), ...values };
    const isShelter = all.kind === 'shelter';
    const body: FacilityCreate = {
      kind: values.kind,
      name: trimmed(values.name),
      level: values.level,
      regionCode: values.regionCode,
      lon: values.lon,
      lat: values.lat,
      address: trimmed(values.address),
      manager: trimmed(values.manager),
      phone: trimmed(values.phone),
      // Only shelters have a class, a capacity and people in them.
      shelterClass: isShelter ? (all.shelterClass ?? null) : null,
      capacity: isShelter ? (all.capacity ?? null) : null,
      occupancy: isShelter ? (all.occupancy ?? 0) : 0,
      areaM2: all.areaM2 ?? null,
      amenities: all.amenities ?? [],
      notes: trimmed(all.notes),
    };
    save(body, body);
  };

  const pair = { xs: 12 };
  return (
    <FormDrawer<FacilityFormValues>
      {...drawerProps}
      open={open}
      name="facility"
      title={facility ? t('resources.facility.editTitle', { name: facility.name }) : t('resources.facility.createTitle')}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={facility ? t('resources.form.save') : t('resources.facility.create')}
    >
      <FormSection title={t('resources.form.section.basic')} />
      <Row gutter={12}>
        <Col {...pair}>
          <Form.Item name="kind" label={t('resources.facility.kind')} rules={[{ required: true, message: t('resources.form.rule.choose') }]}>
            <Select options={enumOptions(FACILITY_KINDS, facilityKindLabel, pick)} />
          </Form.Item>
        </Col>
        <Col {...pair}>
          <Form.Item name="level" label={t('resources.field.level')} rules={[{ required: true, message: t('resources.form.rule.choose') }]}>
            <Select options={enumOptions(FORCE_LEVELS, forceLevelLabel, pick)} placeholder={t('resources.form.choose')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="name" label={t('resources.facility.name')} rules={requiredText(100, t('resources.facility.rule.name'))}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>

      {shelter && (
        <>
          <FormSection title={t('resources.facility.section.shelter')} />
          <Row gutter={12}>
            <Col span={24}>
              <Form.Item name="shelterClass" label={t('resources.facility.class')}>
                <Select allowClear options={enumOptions(SHELTER_CLASSES, shelterClassLabel, pick)} placeholder={t('resources.form.choose')} />
              </Form.Item>
            </Col>
            <Col {...pair}>
              <Form.Item
                name="capacity"
                label={t('resources.facility.capacityPersons')}
                rules={[{ required: true, type: 'integer', min: 0, max: 10_000_000, message: t('resources.facility.rule.capacity') }]}
              >
                <InputNumber<number> className="sw-res-full" min={0} max={10_000_000} precision={0} suffix={t('resources.form.persons')} />
              </Form.Item>
            </Col>
            <Col {...pair}>
              <Form.Item
                name="occupancy"
                label={t('resources.facility.occupancyPersons')}
                dependencies={['capacity']}
                rules={[
                  { type: 'integer', min: 0, max: 10_000_000, message: t('resources.facility.rule.occupancy') },
                  ({ getFieldValue }) => ({
                    validator: async (_, value: number | null | undefined) => {
                      const capacity = getFieldValue('capacity') as number | null | undefined;
                      if (typeof value === 'number' && typeof capacity === 'number' && value > capacity) throw new Error(t('resources.facility.overCapacity'));
                    },
                  }),
                ]}
              >
                <InputNumber<number> className="sw-res-full" min={0} max={10_000_000} precision={0} suffix={t('resources.form.persons')} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      {(HAS_AREA.includes(kind) || HAS_AMENITIES.includes(kind)) && (
        <>
          <FormSection title={t(HAS_AMENITIES.includes(kind) ? 'resources.facility.section.site' : 'resources.facility.section.grounds')} />
          {HAS_AREA.includes(kind) && <AreaField />}
          {HAS_AMENITIES.includes(kind) && (
            <Form.Item name="amenities" label={t('resources.facility.amenities')}>
              <Checkbox.Group className="sw-res-amenities" options={enumOptions(AMENITIES, amenityLabel, pick)} />
            </Form.Item>
          )}
        </>
      )}

      <FormSection title={t('resources.form.section.location')} />
      <Form.Item name="regionCode" label={t('resources.field.region')} rules={[{ required: true, message: t('resources.form.rule.region') }]}>
        <RegionField ariaLabel={t('resources.field.region')} />
      </Form.Item>
      <LocationFields regionCode={regionCode} />
      <Form.Item name="address" label={t('resources.field.address')} rules={requiredText(200, t('resources.form.rule.address'))}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>

      <FormSection title={t('resources.form.section.contact')} />
      <ContactFields person="manager" label={t('resources.field.manager')} />
      <Form.Item name="notes" label={t('resources.field.notes')} rules={[{ max: 1000 }]}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} showCount />
      </Form.Item>
    </FormDrawer>
  );
}

