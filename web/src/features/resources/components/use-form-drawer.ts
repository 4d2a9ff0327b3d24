import { useCallback, useState } from 'react';

export interface FormDrawerState<T> {
  open: boolean;
  /** The record being edited; null when creating. */
  record: T | null;
  /** A new key per opening, so the form starts from the record (or empty) every time. */
  key: number;
}

/** Which create/edit form is open; closing keeps the record so the drawer can animate out. */
export function useFormDrawer<T>() {
  const [state, setState] = useState<FormDrawerState<T>>({ open: false, record: null, key: 0 });
  const openCreate = useCallback(() => setState((s) => ({ open: true, record: null, key: s.key + 1 })), []);
  const openEdit = useCallback((record: T) => setState((s) => ({ open: true, record, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, openCreate, openEdit, close };
}
