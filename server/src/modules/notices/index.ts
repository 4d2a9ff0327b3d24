import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ErrorBody, Notice, NoticeInput, SYSTEM_NOTICE_POSTED } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import { signedIn } from '../../foundation/auth/policy.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { RegionsService } from '../regions/index.js';

/** System notices (系统通知): a bureau tells everyone in its subtree something, live. */
export function createNoticesModule(deps: { data: DataLayer; regions: RegionsService }) {
  async function post(actor: Actor, input: z.infer<typeof NoticeInput>) {
    requirePermission(actor, 'region.manage');
    const regionCode = input.regionCode ?? actor.regionCode;
    await deps.regions.get(actor, regionCode); // 404 unless inside the sender's subtree
    return deps.data.write(actor, async (uow) => {
      const notice: Notice = { id: randomUUID(), regionCode, title: input.title, body: input.body, level: input.level, author: actor.name, postedAt: uow.now.toISOString() };
      uow.audit({ action: 'notice.posted', entity: 'notice', entityId: notice.id, regionCode, after: notice });
      uow.emit(SYSTEM_NOTICE_POSTED, regionCode, notice);
      return notice;
    });
  }

  const routes = (app: ZodApp) => {
    app.post(
      '/api/system/notices',
      {
        config: { policy: signedIn('region.manage') },
        schema: {
          operationId: 'postNotice',
          tags: ['events'],
          summary: 'Broadcast a system notice to every signed-in user in a region subtree (live, over SSE)',
          body: NoticeInput,
          response: { 201: Notice, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) => reply.code(201).send(await post(actorOf(request), request.body)),
    );
  };
  return { service: { post }, routes };
}
