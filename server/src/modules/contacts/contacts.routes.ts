import { z } from 'zod';
import { Contact, ContactCreate, ContactListQuery, ContactUpdate, ErrorBody, Id, Page } from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { ContactsService } from './contacts.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('duty.read') };
const manage = { policy: signedIn('duty.manage') };
const tags = ['contacts'];

export function contactsRoutes(service: ContactsService) {
  return (app: ZodApp) => {
    app.get('/api/contacts', { config: read, schema: { operationId: 'listContacts', tags, summary: 'Responsible persons (通讯录/叫应名单) in the caller’s subtree; search by name, post, organisation or phone', querystring: ContactListQuery, response: { 200: Page(Contact), ...errors } } }, async (r) => service.list(actorOf(r), r.query));
    app.get('/api/contacts/:id', { config: read, schema: { operationId: 'getContact', tags, params: ById, response: { 200: Contact, ...errors } } }, async (r) => service.get(actorOf(r), r.params.id));
    app.post('/api/contacts', { config: manage, schema: { operationId: 'createContact', tags, body: ContactCreate, response: { 201: Contact, ...errors } } }, async (r, reply) => reply.code(201).send(await service.create(actorOf(r), r.body)));
    app.patch('/api/contacts/:id', { config: manage, schema: { operationId: 'updateContact', tags, params: ById, body: ContactUpdate, response: { 200: Contact, ...errors } } }, async (r) => service.update(actorOf(r), r.params.id, r.body));
    app.delete('/api/contacts/:id', { config: manage, schema: { operationId: 'deactivateContact', tags, summary: 'Takes the person off the roster (kept for the record of past call-outs)', params: ById, response: { 200: Contact, ...errors } } }, async (r) => service.deactivate(actorOf(r), r.params.id));
  };
}
