import { CloseOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useLiveEvent } from '../../live-events/live-events-context';
import { useWarning } from '../api/get-warning';
import { WarningLevelTag } from '../components/level-tag';
import { WarningStatusTag } from '../components/status-tag';
import { TargetAreas } from '../components/target-areas';
import { warningTypeName } from '../components/type-name';
import { levelColour } from '../labels';
import '../warnings.css';
import { WARNING_AREAS_LAYER_ID, warningMapState } from './warning-map-state';

export interface WarningMapOverlayProps {
  map: MapLibreMap;
  context: { permissions: readonly string[] };
  visibility: Record<string, boolean>;
}

/** Publications are rare: the map follows them almost at once. */
const RELOAD_SETTLE_MS = 500;

/** Beside the map: the clicked warning in brief, with the way to its file; and it reloads the layer when warnings change. */
export function WarningMapOverlay({ map, context, visibility }: WarningMapOverlayProps) {
  const state = warningMapState(map);
  const snapshot = useSyncExternalStore(state.subscribe, state.getSnapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useLiveEvent('warnings.*', () => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      state.update((s) => ({ ...s, generation: s.generation + 1 }));
    }, RELOAD_SETTLE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  if (!context.permissions.includes('warning.read') || visibility[WARNING_AREAS_LAYER_ID] === false || !snapshot.selected) return null;
  return <WarningMapCard key={snapshot.selected} id={snapshot.selected} onClose={() => state.update((s) => ({ ...s, selected: null }))} />;
}

function WarningMapCard({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const warning = useWarning(id);
  const w = warning.data;
  return (
    <Card size="small" className="sw-warn-map-card" style={{ borderLeftColor: levelColour(w?.level ?? null).fill }} data-warning-id={id}>
      <div className="sw-warn-map-card-head">
        {w ? <WarningLevelTag level={w.level} /> : <span />}
        <Button type="text" size="small" icon={<CloseOutlined />} onClick={onClose} aria-label={t('warnings.map.close')} />
      </div>
      <ApiErrorAlert error={warning.error} />
      {!w && !warning.error && <Skeleton active paragraph={{ rows: 2 }} />}
      {w && (
        <>
          <div className="sw-warn-map-card-title">{w.headline}</div>
          <div className="sw-warn-small sw-muted">
            {warningTypeName(w.type, language)} · {formatDateTime(w.publishedAt, language)} <WarningStatusTag status={w.status} />
          </div>
          <div className="sw-warn-small">
            <TargetAreas areas={w.areas} max={4} />
          </div>
          <Link to={`/warnings?warning=${encodeURIComponent(w.id)}`} className="sw-warn-map-open">
            {t('warnings.map.open')} <RightOutlined />
          </Link>
        </>
      )}
    </Card>
  );
}
