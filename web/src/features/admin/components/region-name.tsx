import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { regionPathQuery } from '../../regions/api/get-region';

/** A region's name, resolved through the (cached) region path; the code while loading or if unknown. */
export function RegionName({ code }: { code: string }) {
  const { data } = useQuery(regionPathQuery(code));
  if (data) return <span title={code}>{data.region.name}</span>;
  return (
    <Typography.Text type="secondary" className="sw-admin-code">
      {code}
    </Typography.Text>
  );
}
