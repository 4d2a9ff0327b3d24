import { useCallback, useState } from 'react';
import type { MapLayerRegistry } from './layer-registry';

function readStored(key: string): Record<string, boolean> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  } catch {
    return {};
  }
}

/** Layer on/off choices survive reloads; layers added later start with their default. */
export function useLayerVisibility<TContext>(registry: MapLayerRegistry<TContext>, storageKey: string) {
  const [visibility, setVisibility] = useState<Record<string, boolean>>(() => ({
    ...registry.defaultVisibility(),
    ...readStored(storageKey),
  }));

  const setLayerVisible = useCallback(
    (id: string, visible: boolean) => {
      setVisibility((current) => {
        const next = { ...current, [id]: visible };
        try {
          window.localStorage.setItem(storageKey, JSON.stringify(next));
        } catch {
          // keep the choice for this page only
        }
        return next;
      });
    },
    [storageKey],
  );

  return { visibility, setLayerVisible };
}
