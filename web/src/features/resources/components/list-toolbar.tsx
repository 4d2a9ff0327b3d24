import type { ReactNode } from 'react';

/** Filters on the left, actions (export, import) on the right; wraps on narrow screens. */
export function ListToolbar({ filters, actions }: { filters: ReactNode; actions: ReactNode }) {
  return (
    <div className="sw-res-toolbar">
      <div className="sw-res-toolbar-filters">{filters}</div>
      <div className="sw-res-toolbar-actions">{actions}</div>
    </div>
  );
}
