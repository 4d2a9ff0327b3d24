import type { z } from 'zod';
import { INCIDENT_CALL_OUTCOMES, type IncidentCallCreate, type IncidentLogEntry } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { ContactLookup } from '../contacts/index.js';
import { localTime, type IncidentWriter } from './incident-writer.js';
import { callTimeInvalid, contactNotFound } from './incident-review.errors.js';
import { toLogEntry } from './incidents.repository.js';
import { insertTimelineEntry } from './timeline-entry.js';

type CallIn = z.output<typeof IncidentCallCreate>;
/** Clock skew we tolerate between a client and the server before calling a time "in the future". */
const SKEW_MS = 60_000;

/**
 * Calls on the incident's log (A4): a duty officer taps a responsible person's tel: link, or notes a call
 * that came in, and the call becomes a timeline entry with who, which number and what came of it.
 */
export function createCallsService(deps: { data: DataLayer; writer: IncidentWriter; contacts: ContactLookup; utcOffsetMinutes: (regionCode: string) => number }) {
  const { data, writer } = deps;

  async function log(actor: Actor, id: string, input: CallIn): Promise<IncidentLogEntry> {
    requirePermission(actor, 'incident.report');
    return data.write(actor, async (uow) => {
      const { row } = await writer.load(uow, id);
      // The contact is read through the caller's scope: a person the caller cannot see cannot be named by id.
      const contact = input.contactId ? await deps.contacts(uow.db, input.contactId) : null;
      if (input.contactId && !contact) throw contactNotFound(input.contactId);
      const calledAt = input.calledAt ? new Date(input.calledAt) : uow.now;
      if (calledAt.getTime() > uow.now.getTime() + SKEW_MS) throw callTimeInvalid();
      const name = contact?.name ?? input.name!;
      const phone = contact?.phone ?? input.phone!;
      const who = contact ? [contact.orgName, contact.post].filter(Boolean).join(' ') : '';
      const outcome = input.outcome ? `，${INCIDENT_CALL_OUTCOMES[input.outcome]}` : '';
      const when = input.calledAt ? `（${localTime(calledAt, deps.utcOffsetMinutes(row.region_code))}）` : '';
      const text = `${input.direction === 'outgoing' ? '致电' : '来电'}：${name}${who ? `（${who}）` : ''} ${phone}${outcome}${when}${input.note ? `。${input.note}` : ''}`;
      const data = { contactId: contact?.id ?? null, name, phone, direction: input.direction, outcome: input.outcome ?? null, note: input.note, calledAt: calledAt.toISOString() };
      const entry = (await insertTimelineEntry(uow, { incident: row, kind: 'call', at: calledAt, by: { id: uow.actor.id, name: uow.actor.name }, text, data }))!;
      uow.audit({ action: 'incident.call-logged', entity: 'incident', entityId: id, regionCode: row.region_code, after: { logId: entry.id, ...data } });
      uow.emit('incidents.call-logged', row.region_code, { id, status: row.status, logId: entry.id, direction: input.direction });
      return toLogEntry(entry);
    });
  }

  return { log };
}
export type CallsService = ReturnType<typeof createCallsService>;
