import { Button } from 'antd';
import type { TableColumnType } from 'antd';

/** The first column of a list: the record's name, a link that opens its drawer. */
export function nameColumn<T extends { id: string; name: string }>(title: string, width: number, open: (id: string) => void): TableColumnType<T> {
  return {
    title,
    key: 'name',
    fixed: 'left',
    width,
    render: (_, row) => (
      <Button type="link" className="sw-res-name-link" onClick={() => open(row.id)}>
        {row.name}
      </Button>
    ),
  };
}
