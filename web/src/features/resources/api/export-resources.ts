import type { ResourceCollection } from '@shouwang/contracts';
import type { QueryValue } from '../../../lib/api-client';
import { downloadFile } from './download-file';

export type ExportFormat = 'xlsx' | 'csv' | 'geojson';

/** `GET /resources/{collection}/export` with the list's filters: every matching record, not one page. */
export function exportResources(collection: ResourceCollection, format: ExportFormat, filters: Record<string, QueryValue>): Promise<string> {
  return downloadFile(`/resources/${collection}/export`, { ...filters, format }, `${collection}.${format}`);
}
