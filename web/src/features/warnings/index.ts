/**
 * The warnings feature's door for the rest of the web app: what the one map's warning layer needs
 * (the published warnings, their shapes and level colours) and the panel beside it. The pages are
 * routed directly (lazy-loaded like every page).
 */
export { MAX_PAGE, warningsQuery } from './api/list-warnings';
export { warningsKey } from './api/types';
export { levelColour } from './labels';
export { parseShapes, shapeFeature, type AreaShape } from './map/area-geometry';
export { WarningMapOverlay, type WarningMapOverlayProps } from './map/warning-map-overlay';
export { WARNING_AREAS_LAYER_ID, warningMapState, WARNINGS_LAYER_GROUP } from './map/warning-map-state';
export { DraftFromAlarmButton } from './from-alarm/draft-from-alarm-button';
