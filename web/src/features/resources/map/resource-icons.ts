import type { TeamStatus } from '@shouwang/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getLanguage } from '../../../lib/i18n';
import { RESOURCE_KINDS, TEAM_STATUS_DOT } from './resource-kinds';

/*
 * The offline style has no sprite and no glyphs, so every symbol is a canvas drawn here and handed to
 * MapLibre as an image: point markers up front, cluster counts and name labels on demand
 * (the map's missing-image resolver). They are drawn with the browser's own CJK fonts.
 */

const FONT_FAMILY = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const COUNT_PREFIX = 'sw-res-count:';
const LABEL_PREFIX = 'sw-res-label:';
const MARKER_SIZE = 26;

const pixelRatio = () => Math.max(1, Math.min(3, Math.ceil(window.devicePixelRatio || 1)));

function draw(width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void): { image: ImageData; pixelRatio: number } {
  const ratio = pixelRatio();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.scale(ratio, ratio);
  paint(ctx);
  return { image: ctx.getImageData(0, 0, canvas.width, canvas.height), pixelRatio: ratio };
}

function measure(text: string, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * 12;
  ctx.font = font;
  return ctx.measureText(text).width;
}

export const markerImageId = (kind: string, status?: TeamStatus) => `sw-res-marker:${kind}${status ? `:${status}` : ''}`;

function markerImage(color: string, glyph: string, statusColor?: string) {
  return draw(MARKER_SIZE + 4, MARKER_SIZE + 4, (ctx) => {
    const c = (MARKER_SIZE + 4) / 2;
    const r = MARKER_SIZE / 2 - 1;
    ctx.shadowColor = 'rgba(0, 0, 0, 0.35)';
    ctx.shadowBlur = 3;
    ctx.shadowOffsetY = 1;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.shadowColor = 'transparent';
    ctx.beginPath();
    ctx.arc(c, c, r - 2, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold 13px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(glyph, c, c + 1);
    if (statusColor) {
      ctx.beginPath();
      ctx.arc(c + r * 0.72, c - r * 0.72, 4.5, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.beginPath();
      ctx.arc(c + r * 0.72, c - r * 0.72, 3, 0, Math.PI * 2);
      ctx.fillStyle = statusColor;
      ctx.fill();
    }
  });
}

/** "12", "3.4k" / "3.4千"… so cluster counts need a bounded number of images. */
export function compactCount(count: number): string {
  if (count < 1000) return String(count);
  const zh = getLanguage() !== 'en';
  if (count < 10_000) return zh ? `${(count / 1000).toFixed(1).replace(/\.0$/, '')}千` : `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  if (zh) return `${(count / 10_000).toFixed(count < 100_000 ? 1 : 0).replace(/\.0$/, '')}万`;
  return `${Math.round(count / 1000)}k`;
}

export const countImageId = (label: string) => `${COUNT_PREFIX}${label}`;
export const labelImageId = (name: string) => `${LABEL_PREFIX}${name}`;

function countImage(label: string) {
  const font = `bold 12px ${FONT_FAMILY}`;
  const width = Math.ceil(measure(label, font)) + 4;
  return draw(width, 16, (ctx) => {
    ctx.font = font;
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, width / 2, 8.5);
  });
}

function labelImage(name: string) {
  const font = `12px ${FONT_FAMILY}`;
  const width = Math.ceil(measure(name, font)) + 8;
  return draw(width, 18, (ctx) => {
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.95)';
    ctx.strokeText(name, 4, 9.5);
    ctx.fillStyle = '#1f2937';
    ctx.fillText(name, 4, 9.5);
  });
}

const prepared = new WeakSet<MapLibreMap>();

/** Adds the marker images once per map and answers requests for count and label images. */
export function prepareResourceImages(map: MapLibreMap): void {
  if (prepared.has(map)) return;
  prepared.add(map);
  for (const style of RESOURCE_KINDS) {
    const add = (id: string, statusColor?: string) => {
      if (map.hasImage(id)) return;
      const { image, pixelRatio: ratio } = markerImage(style.color, style.glyph, statusColor);
      map.addImage(id, image, { pixelRatio: ratio });
    };
    add(markerImageId(style.kind));
    if (style.kind === 'team') {
      for (const [status, colour] of Object.entries(TEAM_STATUS_DOT)) add(markerImageId('team', status as TeamStatus), colour);
    }
  }
  // MapLibre awaits the resolver before it treats an image as missing (an event listener is too late
  // for the current tile). A map has one resolver: the resource layers are its only on-demand images.
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    let drawn: { image: ImageData; pixelRatio: number } | null = null;
    if (id.startsWith(COUNT_PREFIX)) drawn = countImage(id.slice(COUNT_PREFIX.length));
    else if (id.startsWith(LABEL_PREFIX)) drawn = labelImage(id.slice(LABEL_PREFIX.length));
    if (drawn) map.addImage(id, drawn.image, { pixelRatio: drawn.pixelRatio });
  });
}
