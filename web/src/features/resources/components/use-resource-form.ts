import type { RegionLevel } from '@shouwang/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { regionLevelOfCode } from '../labels';
import { useServerErrors, type ErrorPlacement } from '../../../lib/use-server-errors';

interface ResourceFormOptions<V extends object, R extends { id: string; name: string }, B, P> {
  /** The record being edited; null when creating. */
  record: R | null;
  /** The form's top-level fields: server validation errors on them are shown next to them. */
  fields: readonly (keyof V & string)[];
  /** Said under the name when the server finds the same record already (409 CONFLICT). */
  duplicateMessage: MessageKey;
  /** More error codes the form can point at a field, shown with the server's own message. */
  placement?: ErrorPlacement;
  create: UseMutationResult<R, Error, B>;
  update: UseMutationResult<R, Error, { id: string; body: P }>;
  /** The message after a create, with `{name}`; an edit says 已保存. */
  createdMessage: MessageKey;
  onClose: () => void;
  onSaved?: ((record: R, created: boolean) => void) | undefined;
  /** A new record's `level` follows its region until the user picks one. */
  levelOfRegion?: Record<RegionLevel, string>;
}

/**
 * What the create/edit forms of the registry share: the form, saving through the create or update
 * call, the success message, server errors next to their fields, and the props for FormDrawer.
 */
export function useResourceForm<V extends object, R extends { id: string; name: string }, B, P>(options: ResourceFormOptions<V, R, B, P>) {
  const { record, fields, create, update, createdMessage, onClose, onSaved, levelOfRegion } = options;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const server = useServerErrors(form, fields, {
    CONFLICT: { field: 'name', message: t(options.duplicateMessage) },
    REGION_NOT_FOUND: { field: 'regionCode' },
    ...options.placement,
  });

  const done = (saved: R, created: boolean) => {
    void message.success(t(created ? createdMessage : 'resources.form.saved', { name: saved.name }));
    onClose();
    onSaved?.(saved, created);
  };

  /** Creates with `body`, or sends `patch` for the record being edited. */
  const save = (body: B, patch: P) => {
    server.reset();
    if (record) update.mutate({ id: record.id, body: patch }, { onSuccess: (saved) => done(saved, false), onError: server.show });
    else create.mutate(body, { onSuccess: (saved) => done(saved, true), onError: server.show });
  };

  const onValuesChange = (changed: Partial<V>) => {
    const regionCode = (changed as { regionCode?: unknown }).regionCode;
    if (levelOfRegion && !record && typeof regionCode === 'string' && !form.isFieldTouched('level' as never)) {
      form.setFieldValue('level' as never, levelOfRegion[regionLevelOfCode(regionCode)]);
    }
  };

  return {
    form,
    save,
    drawerProps: {
      form,
      onClose,
      onValuesChange,
      pending: create.isPending || update.isPending,
      error: server.error,
      onDismissError: server.reset,
    },
  };
}
