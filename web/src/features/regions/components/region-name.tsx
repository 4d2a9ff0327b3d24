import { useQuery } from '@tanstack/react-query';
import { regionPathQuery } from '../api/get-region';

/** A region's name from the cached region path; its code while loading or when unknown. */
export function RegionName({ code }: { code: string }) {
  const { data } = useQuery(regionPathQuery(code));
  if (data) return <span title={code}>{data.region.name}</span>;
  return <span className="sw-code">{code}</span>;
}
