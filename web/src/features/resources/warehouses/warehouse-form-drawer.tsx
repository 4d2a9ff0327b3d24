import type { Warehouse } from '@shouwang/contracts';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateWarehouse, type WarehouseCreateBody } from '../api/create-warehouse';
import { useUpdateWarehouse, type WarehousePatch } from '../api/update-warehouse';
import { ContactFields } from '../components/contact-fields';
import { enumOptions } from '../components/enum-options';
import { FormDrawer } from '../components/form-drawer';
import { requiredText, trimmed } from '../components/form-rules';
import { FormSection } from '../components/form-section';
import { LocationFields } from '../components/location-fields';
import { RegionField } from '../components/region-field';
import { useResourceForm } from '../components/use-resource-form';
import { WAREHOUSE_LEVEL_OF_REGION, WAREHOUSE_LEVELS, warehouseLevelLabel, type WarehouseLevelValue } from '../labels';

interface WarehouseFormValues {
  name: string;
  level: WarehouseLevelValue;
  regionCode: string;
  lon: number;
  lat: number;
  address: string;
  manager: string;
  phone: string;
  capacityM3: number | null;
}

const FIELDS = ['name', 'level', 'regionCode', 'lon', 'lat', 'address', 'manager', 'phone', 'capacityM3'] as const;

interface WarehouseFormDrawerProps {
  open: boolean;
  warehouse: Warehouse | null;
  onClose: () => void;
  onSaved?: (warehouse: Warehouse, created: boolean) => void;
}

/** 新建 / 编辑仓库. A warehouse keeps its region once created: its stock ledger carries it. */
export function WarehouseFormDrawer({ open, warehouse, onClose, onSaved }: WarehouseFormDrawerProps) {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const { form, save, drawerProps } = useResourceForm<WarehouseFormValues, Warehouse, WarehouseCreateBody, WarehousePatch>({
    record: warehouse,
    fields: FIELDS,
    duplicateMessage: 'resources.warehouse.rule.duplicate',
    placement: { WAREHOUSE_REGION_FIXED: { field: 'regionCode' } },
    create: useCreateWarehouse(),
    update: useUpdateWarehouse(),
    createdMessage: 'resources.warehouse.created',
    onClose,
    onSaved,
    levelOfRegion: WAREHOUSE_LEVEL_OF_REGION,
  });
  const regionCode = Form.useWatch('regionCode', form);

  const initialValues: Partial<WarehouseFormValues> = warehouse
    ? {
        name: warehouse.name,
        level: warehouse.level,
        regionCode: warehouse.regionCode,
        lon: warehouse.lon,
        lat: warehouse.lat,
        address: warehouse.address,
        manager: warehouse.manager,
        phone: warehouse.phone,
        capacityM3: warehouse.capacityM3,
      }
    : { capacityM3: null, ...(region ? { regionCode: region.code, level: WAREHOUSE_LEVEL_OF_REGION[region.level] } : {}) };

  const submit = (values: WarehouseFormValues) => {
    const body: WarehouseCreateBody = {
      name: trimmed(values.name),
      level: values.level,
      regionCode: values.regionCode,
      lon: values.lon,
      lat: values.lat,
      address: trimmed(values.address),
      manager: trimmed(values.manager),
      phone: trimmed(values.phone),
      capacityM3: values.capacityM3 ?? null,
    };
    const { regionCode: _fixed, ...patch } = body;
    save(body, patch);
  };

  const pair = { xs: 12 };
  return (
    <FormDrawer<WarehouseFormValues>
      {...drawerProps}
      open={open}
      name="warehouse"
      title={warehouse ? t('resources.warehouse.editTitle', { name: warehouse.name }) : t('resources.warehouse.createTitle')}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={warehouse ? t('resources.form.save') : t('resources.warehouse.create')}
    >
      <FormSection title={t('resources.form.section.basic')} />
      <Form.Item name="name" label={t('resources.warehouse.name')} rules={requiredText(100, t('resources.warehouse.rule.name'))}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col {...pair}>
          <Form.Item name="level" label={t('resources.warehouse.level')} rules={[{ required: true, message: t('resources.form.rule.choose') }]}>
            <Select options={enumOptions(WAREHOUSE_LEVELS, warehouseLevelLabel, pick)} placeholder={t('resources.form.choose')} />
          </Form.Item>
        </Col>
        <Col {...pair}>
          <Form.Item
            name="capacityM3"
            label={t('resources.warehouse.capacityM3')}
            rules={[{ type: 'number', min: 0.01, max: 1e9, message: t('resources.warehouse.rule.capacity') }]}
          >
            <InputNumber<number> className="sw-res-full" min={0} max={1_000_000_000} precision={2} suffix="m³" />
          </Form.Item>
        </Col>
      </Row>

      <FormSection title={t('resources.form.section.location')} />
      <Form.Item
        name="regionCode"
        label={t('resources.field.region')}
        extra={warehouse ? t('resources.warehouse.regionFixed') : undefined}
        rules={[{ required: true, message: t('resources.form.rule.region') }]}
      >
        <RegionField ariaLabel={t('resources.field.region')} disabled={warehouse !== null} />
      </Form.Item>
      <LocationFields regionCode={regionCode} />
      <Form.Item name="address" label={t('resources.field.address')} rules={requiredText(200, t('resources.form.rule.address'))}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>

      <FormSection title={t('resources.form.section.contact')} />
      <ContactFields person="manager" label={t('resources.field.manager')} />
    </FormDrawer>
  );
}
