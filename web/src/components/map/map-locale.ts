import type { Language } from '../../lib/i18n';

/** MapLibre's own control tooltips; English is its built-in default. */
export function mapControlLocale(language: Language): Record<string, string> | undefined {
  if (language !== 'zh-CN') return undefined;
  return {
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'FullscreenControl.Enter': '全屏',
    'FullscreenControl.Exit': '退出全屏',
    'Map.Title': '地图',
    'Marker.Title': '地图标记',
    'NavigationControl.ResetBearing': '拖动旋转地图，点击恢复正北',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'Popup.Close': '关闭',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '千米',
  };
}
