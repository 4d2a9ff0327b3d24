import type { Team } from '@shouwang/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';

type Line = Team['equipment'][number];

export function TeamEquipmentTable({ equipment }: { equipment: Team['equipment'] }) {
  const { t, language } = useI18n();
  const columns: TableColumnsType<Line> = [
    { title: t('resources.team.equipmentName'), dataIndex: 'name', key: 'name' },
    { title: t('resources.team.quantity'), key: 'quantity', align: 'right', width: 100, render: (_, l) => formatNumber(l.quantity, language) },
    { title: t('resources.team.unit'), dataIndex: 'unit', key: 'unit', width: 80 },
  ];
  return (
    <Table<Line>
      className="sw-res-table"
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={equipment}
      pagination={false}
      locale={{ emptyText: t('resources.team.noEquipment') }}
    />
  );
}
