import type { Region } from '@shouwang/contracts';
import { createContext, useContext } from 'react';

export interface SelectedRegionState {
  /** The user's own jurisdiction, the top of everything he may browse. */
  root: Region | null;
  /** null while the stored selection is being resolved. */
  region: Region | null;
  /** From `root` down to `region`, inclusive. */
  path: Region[];
  select: (code: string) => void;
}

export const SelectedRegionContext = createContext<SelectedRegionState | null>(null);

export function useSelectedRegion(): SelectedRegionState {
  const state = useContext(SelectedRegionContext);
  if (!state) throw new Error('useSelectedRegion needs a SelectedRegionProvider');
  return state;
}
