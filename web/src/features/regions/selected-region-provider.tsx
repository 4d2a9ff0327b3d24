import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError } from '../../lib/api-error';
import { useI18n } from '../../lib/i18n';
import { useCurrentUser } from '../auth/use-current-user';
import { useRegionPath } from './api/get-region';
import { useRegionChildren } from './api/list-regions';
import { pathWithinScope } from './region-scope';
import { SelectedRegionContext, type SelectedRegionState } from './selected-region-context';

const storageKey = (userId: string) => `shouwang.region.${userId}`;

function readStored(userId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function writeStored(userId: string, code: string): void {
  try {
    window.sessionStorage.setItem(storageKey(userId), code);
  } catch {
    // selection simply won't survive a reload
  }
}

export function SelectedRegionProvider({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const { t } = useI18n();
  const [code, setCode] = useState<string>(() => readStored(user.id) ?? user.regionCode);

  const rootQuery = useRegionChildren(null);
  const root = rootQuery.data?.[0] ?? null;
  const pathQuery = useRegionPath(code);

  const select = useCallback(
    (next: string) => {
      setCode(next);
      writeStored(user.id, next);
    },
    [user.id],
  );

  const outOfScope = pathQuery.isError && isApiError(pathQuery.error) && pathQuery.error.status === 404;
  useEffect(() => {
    if (outOfScope && code !== user.regionCode) {
      void message.warning(t('region.notFound'));
      select(user.regionCode);
    }
  }, [outOfScope, code, user.regionCode, select, message, t]);

  const value = useMemo<SelectedRegionState>(() => {
    const data = pathQuery.data;
    const region = data?.region ?? null;
    return {
      root,
      region,
      path: region && data ? pathWithinScope(region, data.ancestors, root) : [],
      select,
    };
  }, [pathQuery.data, root, select]);

  return <SelectedRegionContext.Provider value={value}>{children}</SelectedRegionContext.Provider>;
}
