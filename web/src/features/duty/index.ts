/**
 * The duty feature's door for other pages: the "今日值班" strip (who is on duty now, with phones) and
 * the command bodies list that the incident response panel offers. The page is routed directly.
 */
export { OnDutyStrip, type OnDutyStripProps } from './now/on-duty-strip';
export { useCommandBodies, useCommandBody } from './api/list-command-bodies';
