import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** "新建…" in a list's toolbar, for users with resource.manage. */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} className="sw-res-create">
      {label}
    </Button>
  );
}
