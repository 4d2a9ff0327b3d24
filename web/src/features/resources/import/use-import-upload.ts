import type { ImportResult, ResourceCollection } from '@shouwang/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadImport } from '../api/import-resources';

export interface UploadState {
  /** 0–100 while sending; null when idle. */
  progress: number | null;
  running: boolean;
}

/** One upload at a time, with progress, cancelled when the wizard closes or the user picks again. */
export function useImportUpload(collection: ResourceCollection) {
  const controller = useRef<AbortController | null>(null);
  const [state, setState] = useState<UploadState>({ progress: null, running: false });

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ progress: null, running: false });
  }, []);

  useEffect(() => cancel, [cancel]);

  const upload = useCallback(
    async (file: File, dryRun: boolean): Promise<ImportResult> => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setState({ progress: 0, running: true });
      try {
        return await uploadImport({
          collection,
          file,
          dryRun,
          signal: mine.signal,
          onProgress: (fraction) => {
            if (!mine.signal.aborted) setState({ progress: Math.round(fraction * 100), running: true });
          },
        });
      } finally {
        if (controller.current === mine) {
          controller.current = null;
          setState({ progress: null, running: false });
        }
      }
    },
    [collection],
  );

  return { ...state, upload, cancel };
}
