import { z } from 'zod';
import { AuditEntry, AuditListQuery, AuditVerifyResult, ErrorBody } from '@shouwang/contracts';
import type { DataLayer } from '../db/data-layer.js';
import { signedIn } from '../auth/policy.js';
import { actorOf } from '../http/request-context.js';
import type { ZodApp } from '../http/zod-app.js';
import { storedEntry, verifyLedger } from './ledger.js';

export function auditRoutes(data: DataLayer) {
  return (app: ZodApp) => {
    app.get(
      '/api/audit/verify',
      {
        config: { policy: signedIn('audit.verify') },
        schema: {
          operationId: 'verifyAuditLedger',
          tags: ['audit'],
          summary: 'Recompute the hash chain of the audit ledger; names the first broken entry',
          response: { 200: AuditVerifyResult, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async () => verifyLedger(data.system),
    );

    app.get(
      '/api/audit',
      {
        config: { policy: signedIn('audit.read') },
        schema: {
          operationId: 'listAuditEntries',
          tags: ['audit'],
          summary: 'Ledger entries in the caller’s region subtree, newest first',
          querystring: AuditListQuery,
          response: { 200: z.object({ items: z.array(AuditEntry) }), 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => {
        const q = request.query;
        let query = data.read(actorOf(request)).selectFrom('audit_ledger').selectAll().orderBy('seq', 'desc').limit(q.limit);
        if (q.entity) query = query.where('entity', '=', q.entity);
        if (q.entityId) query = query.where('entity_id', '=', q.entityId);
        if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
        const rows = await query.execute();
        const items = rows.map((r) => {
          // The list shows digests, not the snapshots themselves.
          const { prevHash: _prev, data: _data, ...entry } = storedEntry(r);
          return entry;
        });
        return { items };
      },
    );
  };
}
