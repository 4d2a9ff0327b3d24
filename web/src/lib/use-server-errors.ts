import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from './api-error';
import { useI18n } from './i18n';

/** Where an error code the server answers with belongs in a form, with an optional clearer message. */
export type ErrorPlacement = Record<string, { field: string | (string | number)[]; message?: string }>;

/** A form field's name path (`['areas', 'polygons']`). */
export type FieldPath = (string | number)[];

interface ValidationDetail {
  path: string;
  message: string;
}

function validationDetails(details: unknown): ValidationDetail[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is ValidationDetail => typeof d === 'object' && d !== null && typeof (d as ValidationDetail).path === 'string' && typeof (d as ValidationDetail).message === 'string',
  );
}

/** `equipment.0.name` → ['equipment', 0, 'name'], the form's name path. */
const namePath = (path: string): FieldPath => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

interface ServerErrorOptions {
  /**
   * The form field a body path belongs to, when the form's fields do not mirror the body one to one
   * (e.g. `areas.polygons.2` shown under the whole `['areas', 'polygons']` field). Default: the path itself.
   */
  fieldOf?: (path: FieldPath) => FieldPath;
}

/**
 * Puts a failed save's errors next to the fields they concern: VALIDATION_FAILED details with a
 * `path` of a field on the form, and error codes the form knows (a duplicate name, a region out of
 * scope). Whatever cannot be placed is returned as `error`, for an alert above the form.
 */
export function useServerErrors<V extends object>(form: FormInstance<V>, fields: readonly (keyof V & string)[], placement: ErrorPlacement = {}, options: ServerErrorOptions = {}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const { fieldOf } = options;

  const show = useCallback(
    (failure: unknown) => {
      if (!isApiError(failure)) {
        setError(failure);
        return;
      }
      if (failure.code === 'VALIDATION_FAILED') {
        const details = validationDetails(failure.details);
        const placed = details
          .map((d) => ({ ...d, name: fieldOf ? fieldOf(namePath(d.path)) : namePath(d.path) }))
          .filter((d) => (fields as readonly string[]).includes(d.name[0] as string));
        const [first] = placed;
        if (first) {
          form.setFields(placed.map((d) => ({ name: d.name as never, errors: [t('common.serverInvalid', { message: d.message })] })));
          form.scrollToField(first.name);
        }
        setError(placed.length === details.length && placed.length > 0 ? null : failure);
        return;
      }
      const place = placement[failure.code];
      if (place) {
        form.setFields([{ name: place.field as never, errors: [place.message ?? failure.message] }]);
        form.scrollToField(place.field);
        setError(null);
        return;
      }
      setError(failure);
    },
    [fields, form, placement, fieldOf, t],
  );

  const reset = useCallback(() => setError(null), []);
  return { error, show, reset };
}
