import type { Language } from '../../../lib/i18n';
import { commonTypeByName } from '../labels';

/** The type as the author wrote it (暴雨); in English the common types are translated. */
export function warningTypeName(type: { name: string }, language: Language): string {
  if (language !== 'en') return type.name;
  return commonTypeByName(type.name)?.en ?? type.name;
}
