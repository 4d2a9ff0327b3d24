import type { Region } from '@shouwang/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ComponentType } from 'react';
import type { Language } from '../../lib/i18n';

/** What every 一张图 layer receives; modules read filters and data from here, not from React. */
export interface OneMapContext {
  language: Language;
  /** The region chosen in the header switcher; null while it resolves. */
  region: Region | null;
  /** From the user's root down to `region`. */
  path: Region[];
  selectRegion: (code: string) => void;
  /** Shared cache, so layers and React components fetch each resource once. */
  queryClient: QueryClient;
  permissions: readonly string[];
  /** For failures after `add` resolved, e.g. a reload triggered by a region change. */
  reportLayerError: (layerId: string, error: unknown) => void;
}

/** A module's panel beside the map (filters, a detail view); it reads and drives its own layers. */
export interface OneMapOverlayProps {
  map: MapLibreMap;
  context: OneMapContext;
  visibility: Record<string, boolean>;
}
export type OneMapOverlay = ComponentType<OneMapOverlayProps>;
