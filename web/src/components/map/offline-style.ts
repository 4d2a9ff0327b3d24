import type { StyleSpecification } from 'maplibre-gl';

/**
 * A style with no remote sources, sprites or glyphs: everything else is added by layers.
 * Without glyphs MapLibre cannot draw symbol text, which is why labels are HTML markers.
 */
export function offlineStyle(backgroundColor = '#d4e4f1'): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': backgroundColor } }],
  };
}
