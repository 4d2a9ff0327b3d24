import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { maplibregl } from './maplibre';

export interface HtmlMarkerSpec {
  key: string;
  lngLat: LngLatLike;
  element: HTMLElement;
  anchor?: 'center' | 'top' | 'bottom' | 'left' | 'right';
}

export interface HtmlMarkerSetOptions {
  /**
   * Class added to markers whose box overlaps an earlier marker; the stylesheet should shrink them
   * (e.g. hide the label but keep the dot). Earlier specs win, so pass the most important first.
   */
  collapsedClass?: string;
}

export interface HtmlMarkerSet {
  /** Replaces all markers; the set keeps nothing it was not given last time. */
  replace(specs: HtmlMarkerSpec[]): void;
  setVisible(visible: boolean): void;
  clear(): void;
  /** Removes the markers and stops listening to the map. */
  destroy(): void;
}

interface Placed {
  marker: maplibregl.Marker;
  centred: boolean;
  /** Full size, measured while not collapsed; 0 until the element has been laid out. */
  width: number;
  height: number;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Labels are DOM markers because the offline style has no glyphs for text layers.
 * Fine for dozens of items; layers with thousands of points should draw circles instead.
 */
export function createHtmlMarkerSet(map: MapLibreMap, options: HtmlMarkerSetOptions = {}): HtmlMarkerSet {
  let placed: Placed[] = [];
  let visible = true;
  const { collapsedClass } = options;

  const declutter = () => {
    if (!collapsedClass || !visible) return;
    const taken: DOMRect[] = [];
    for (const item of placed) {
      const element = item.marker.getElement();
      if (item.width === 0) {
        element.classList.remove(collapsedClass);
        item.width = element.offsetWidth;
        item.height = element.offsetHeight;
      }
      const p = map.project(item.marker.getLngLat());
      const box = new DOMRect(item.centred ? p.x - item.width / 2 : p.x, p.y - item.height / 2, item.width, item.height);
      const hit = taken.some((t) => overlaps(t, box));
      element.classList.toggle(collapsedClass, hit);
      if (!hit) taken.push(box);
    }
  };

  const clear = () => {
    placed.forEach((p) => p.marker.remove());
    placed = [];
  };

  map.on('moveend', declutter);

  return {
    replace(specs) {
      clear();
      placed = specs.map((spec) => {
        spec.element.style.display = visible ? '' : 'none';
        const marker = new maplibregl.Marker({ element: spec.element, anchor: spec.anchor ?? 'center' })
          .setLngLat(spec.lngLat)
          .addTo(map);
        return { marker, centred: (spec.anchor ?? 'center') === 'center', width: 0, height: 0 };
      });
      declutter();
    },
    setVisible(next) {
      visible = next;
      placed.forEach(({ marker }) => {
        marker.getElement().style.display = next ? '' : 'none';
      });
      declutter();
    },
    clear,
    destroy() {
      clear();
      map.off('moveend', declutter);
    },
  };
}
