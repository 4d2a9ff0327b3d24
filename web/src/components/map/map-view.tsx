import { Alert } from 'antd';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { maplibregl } from './maplibre';
import { offlineStyle } from './offline-style';
import { supportsWebGL } from './webgl-support';

export interface MapViewProps {
  center: [number, number];
  zoom: number;
  attribution: string;
  /** Strings for MapLibre's own controls, see map-locale.ts. */
  locale?: Record<string, string>;
  webglUnavailableText: string;
  /** Called with the map once its style is loaded, and with null before it is destroyed. */
  onReady: (map: MapLibreMap | null) => void;
  /** Overlays positioned over the map (panels, legends). */
  children?: ReactNode;
}

/** Owns one MapLibre instance; everything drawn on it comes from layers. */
export function MapView({ center, zoom, attribution, locale, webglUnavailableText, onReady, children }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const notifyReady = useEffectEvent((map: MapLibreMap | null) => onReady(map));
  // The camera is only initial: later moves come from the page, not from re-creating the map.
  const initialView = useEffectEvent(() => ({ center, zoom }));
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(() => !supportsWebGL());

  useEffect(() => {
    const container = containerRef.current;
    if (!container || failed) return;
    let map: MapLibreMap;
    try {
      map = new maplibregl.Map({
        container,
        style: offlineStyle(),
        ...initialView(),
        minZoom: 1.5,
        maxZoom: 17,
        renderWorldCopies: false,
        dragRotate: false,
        pitchWithRotate: false,
        attributionControl: { compact: true, customAttribution: attribution },
        ...(locale ? { locale } : {}),
      });
    } catch {
      setFailed(true);
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

    let loaded = false;
    map.once('load', () => {
      loaded = true;
      // On phones the expanded attribution covers the scale bar; start it folded (its "i" reopens it).
      if (container.clientWidth < 640) {
        container.querySelector<HTMLElement>('.maplibregl-compact-show .maplibregl-ctrl-attrib-button')?.click();
      }
      setReady(true);
      notifyReady(map);
    });
    // The sider and drawer change the container size without a window resize.
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      if (loaded) notifyReady(null);
      setReady(false);
      map.remove();
    };
  }, [attribution, locale, failed]);

  if (failed) return <Alert type="error" showIcon title={webglUnavailableText} className="sw-map-error" />;

  return (
    <div className="sw-map" data-map-ready={ready ? 'true' : 'false'}>
      <div ref={containerRef} className="sw-map-canvas" />
      {ready && children}
    </div>
  );
}
