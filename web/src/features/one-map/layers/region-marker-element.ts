import type { Region } from '@shouwang/contracts';
import { translate } from '../../../lib/i18n';

export interface RegionMarkerOptions {
  variant: 'child' | 'current';
  approximate: boolean;
  onSelect: (code: string) => void;
}

/** A DOM label (the offline style has no glyphs); a real button so it works with keyboard and screen readers. */
export function regionMarkerElement(region: Region, { variant, approximate, onSelect }: RegionMarkerOptions): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = [
    'sw-region-marker',
    `sw-region-marker--${variant}`,
    `sw-region-marker--level-${region.level}`,
    approximate ? 'sw-region-marker--approximate' : '',
  ]
    .filter(Boolean)
    .join(' ');
  button.dataset['regionCode'] = region.code;
  const level = translate(`region.level.${region.level}`);
  button.title = approximate ? `${region.name} · ${level} · ${translate('map.approximate')}` : `${region.name} · ${level}`;
  const dot = document.createElement('span');
  dot.className = 'sw-region-marker-dot';
  const label = document.createElement('span');
  label.className = 'sw-region-marker-label';
  label.textContent = region.name;
  button.append(dot, label);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onSelect(region.code);
  });
  return button;
}
