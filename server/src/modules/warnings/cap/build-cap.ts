import { CAP_NAMESPACE_1_2, CapAlert, joinCapList, type CapAlertInput, type CapArea, type CapInfo, type CapResource, type CapValuePair } from '@shouwang/contracts';
import { escapeXmlText } from './xml-text.js';

/**
 * The platform's CapAlert → CAP 1.2 XML that validates against the OASIS schema (data/cap12.xsd):
 * default namespace urn:oasis:names:tc:emergency:cap:1.2, elements in the order the schema's sequences
 * demand, every text escaped. The alert is checked against the contract first, so dates carry their
 * offset (2026-11-23T08:30:00+08:00), polygons are closed rings and nothing XML cannot carry gets through;
 * an invalid alert throws the ZodError instead of producing an invalid document.
 */
export function buildCap(input: CapAlertInput): string {
  const alert = CapAlert.parse(input);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<alert xmlns="${CAP_NAMESPACE_1_2}">`];
  const text = (depth: number, name: string, value: string | number | undefined) => {
    if (value === undefined) return;
    const s = typeof value === 'number' ? decimal(value) : escapeXmlText(value);
    out.push(`${'  '.repeat(depth)}<${name}>${s}</${name}>`);
  };
  const open = (depth: number, name: string) => out.push(`${'  '.repeat(depth)}<${name}>`);
  const close = (depth: number, name: string) => out.push(`${'  '.repeat(depth)}</${name}>`);
  const pair = (depth: number, name: string, p: CapValuePair) => {
    open(depth, name);
    text(depth + 1, 'valueName', p.valueName);
    text(depth + 1, 'value', p.value);
    close(depth, name);
  };
  const resource = (r: CapResource) => {
    open(2, 'resource');
    text(3, 'resourceDesc', r.resourceDesc);
    text(3, 'mimeType', r.mimeType);
    if (r.size !== undefined) text(3, 'size', String(r.size));
    text(3, 'uri', r.uri);
    text(3, 'derefUri', r.derefUri);
    text(3, 'digest', r.digest);
    close(2, 'resource');
  };
  const area = (a: CapArea) => {
    open(2, 'area');
    text(3, 'areaDesc', a.areaDesc);
    for (const p of a.polygon) text(3, 'polygon', p);
    for (const c of a.circle) text(3, 'circle', c);
    for (const g of a.geocode) pair(3, 'geocode', g);
    text(3, 'altitude', a.altitude);
    text(3, 'ceiling', a.ceiling);
    close(2, 'area');
  };
  const info = (i: CapInfo) => {
    open(1, 'info');
    text(2, 'language', i.language);
    for (const c of i.category) text(2, 'category', c);
    text(2, 'event', i.event);
    for (const r of i.responseType) text(2, 'responseType', r);
    text(2, 'urgency', i.urgency);
    text(2, 'severity', i.severity);
    text(2, 'certainty', i.certainty);
    text(2, 'audience', i.audience);
    for (const e of i.eventCode) pair(2, 'eventCode', e);
    text(2, 'effective', i.effective);
    text(2, 'onset', i.onset);
    text(2, 'expires', i.expires);
    text(2, 'senderName', i.senderName);
    text(2, 'headline', i.headline);
    text(2, 'description', i.description);
    text(2, 'instruction', i.instruction);
    text(2, 'web', i.web);
    text(2, 'contact', i.contact);
    for (const p of i.parameter) pair(2, 'parameter', p);
    for (const r of i.resource) resource(r);
    for (const a of i.area) area(a);
    close(1, 'info');
  };

  text(1, 'identifier', alert.identifier);
  text(1, 'sender', alert.sender);
  text(1, 'sent', alert.sent);
  text(1, 'status', alert.status);
  text(1, 'msgType', alert.msgType);
  text(1, 'source', alert.source);
  text(1, 'scope', alert.scope);
  text(1, 'restriction', alert.restriction);
  if (alert.addresses.length) text(1, 'addresses', joinCapList(alert.addresses));
  for (const c of alert.code) text(1, 'code', c);
  text(1, 'note', alert.note);
  if (alert.references.length) text(1, 'references', alert.references.map((r) => `${r.sender},${r.identifier},${r.sent}`).join(' '));
  if (alert.incidents.length) text(1, 'incidents', joinCapList(alert.incidents));
  for (const i of alert.info) info(i);
  out.push('</alert>', '');
  return out.join('\n');
}

/** xs:decimal has no exponent form: 1e-7 is written 0.0000001. */
function decimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}
