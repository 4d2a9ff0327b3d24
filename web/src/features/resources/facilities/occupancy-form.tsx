import type { Facility } from '@shouwang/contracts';
import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useSetFacilityOccupancy } from '../api/set-facility-occupancy';

/** 当前安置人数 of a shelter, kept current during an evacuation. */
export function OccupancyForm({ facility }: { facility: Facility }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSetFacilityOccupancy();
  const [value, setValue] = useState<number | null>(facility.occupancy);
  const over = facility.capacity !== null && value !== null && value > facility.capacity;

  return (
    <div className="sw-res-occupancy-form">
      <Typography.Text type="secondary" className="sw-res-small">
        {t('resources.facility.occupancyHint')}
      </Typography.Text>
      <ApiErrorAlert className="sw-res-alert" error={save.error} onClose={() => save.reset()} />
      <Space.Compact>
        <InputNumber<number>
          min={0}
          max={10_000_000}
          precision={0}
          value={value}
          onChange={setValue}
          aria-label={t('resources.facility.occupancy')}
          status={over ? 'warning' : undefined}
          style={{ width: 160 }}
        />
        <Button
          type="primary"
          disabled={value === null || value === facility.occupancy}
          loading={save.isPending}
          onClick={() =>
            value !== null &&
            save.mutate(
              { id: facility.id, occupancy: value },
              { onSuccess: () => void message.success(t('resources.facility.occupancySaved', { name: facility.name })) },
            )
          }
        >
          {t('resources.facility.setOccupancy')}
        </Button>
      </Space.Compact>
      {over && (
        <Typography.Text type="warning" className="sw-res-small">
          {t('resources.facility.overCapacity')}
        </Typography.Text>
      )}
    </div>
  );
}
