/** A fetch cancelled because a newer one superseded it (or the layer went away): not an error to show. */
export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** What a region-following layer needs of its page's context. */
export interface RegionLayerContext {
  region: { code: string } | null;
  reportLayerError: (layerId: string, error: unknown) => void;
}

/**
 * Keeps a live layer's data for the selected region: `reload()` fetches for the current region and
 * cancels the fetch it supersedes, `update()` takes the page's new context and reloads when the region
 * changed, `stop()` cancels what is in flight. A failed fetch goes to the layer panel, never a stale
 * one (whose answer is dropped: `show` is not called once its signal is aborted).
 */
export function followRegion<C extends RegionLayerContext, T>(
  initial: C,
  layerId: string,
  fetch: (regionCode: string, signal: AbortSignal) => Promise<T>,
  show: (data: T) => unknown,
) {
  let ctx = initial;
  let controller: AbortController | null = null;
  const reload = () => {
    controller?.abort();
    const region = ctx.region?.code;
    if (!region) return;
    const request = new AbortController();
    controller = request;
    fetch(region, request.signal)
      .then((data) => (request.signal.aborted ? undefined : show(data)))
      .catch((error: unknown) => {
        if (!request.signal.aborted && !isAbortError(error)) ctx.reportLayerError(layerId, error);
      });
  };
  return {
    reload,
    update: (next: C) => {
      const regionChanged = next.region?.code !== ctx.region?.code;
      ctx = next;
      if (regionChanged) reload();
    },
    stop: () => controller?.abort(),
  };
}
