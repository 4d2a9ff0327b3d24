import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';

/** Where an error code the server answers with belongs in a form, with an optional clearer message. */
export type ErrorPlacement = Record<string, { field: string; message?: string }>;

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
const namePath = (path: string): (string | number)[] => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts a failed save's errors next to the fields they concern: VALIDATION_FAILED details with a
 * `path` of a field on the form, and error codes the form knows (a duplicate name, a region out of
 * scope). Whatever cannot be placed is returned as `error`, for an alert above the form.
 */
export function useServerErrors<V extends object>(form: FormInstance<V>, fields: readonly (keyof V & string)[], placement: ErrorPlacement = {}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);

  const show = useCallback(
    (failure: unknown) => {
      if (!isApiError(failure)) {
        setError(failure);
        return;
      }
      if (failure.code === 'VALIDATION_FAILED') {
        const details = validationDetails(failure.details);
        const placed = details.filter((d) => (fields as readonly string[]).includes(namePath(d.path)[0] as string));
        const [first] = placed;
        if (first) {
          form.setFields(
            placed.map((d) => ({ name: namePath(d.path) as never, errors: [t('resources.form.serverInvalid', { message: d.message })] })),
          );
          form.scrollToField(namePath(first.path));
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
    [fields, form, placement, t],
  );

  const reset = useCallback(() => setError(null), []);
  return { error, show, reset };
}
