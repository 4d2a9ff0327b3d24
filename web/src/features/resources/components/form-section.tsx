import { Typography } from 'antd';

/** A heading that splits a long form into parts (基本信息, 位置, 联系方式 …). */
export function FormSection({ title }: { title: string }) {
  return (
    <Typography.Title level={5} className="sw-res-form-section">
      {title}
    </Typography.Title>
  );
}
