import type { ResourceCollection } from '@shouwang/contracts';
import { downloadFile } from './download-file';

export type TemplateFormat = 'xlsx' | 'csv';

/** `GET /resources/{collection}/template`: an empty import sheet with exactly the importable columns. */
export function downloadTemplate(collection: ResourceCollection, format: TemplateFormat): Promise<string> {
  return downloadFile(`/resources/${collection}/template`, { format }, `${collection}-template.${format}`);
}
