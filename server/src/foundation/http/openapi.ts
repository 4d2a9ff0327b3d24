import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ErrorBody } from '@shouwang/contracts';
import { PUBLIC } from '../auth/policy.js';
import type { ZodApp } from './zod-app.js';

/** OpenAPI 3.1 from the routes' zod schemas, at /api/openapi.json, with a docs page at /api/docs. */
export async function installOpenApi(app: ZodApp) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '守望 Shouwang API',
        version: '0.1.0',
        description:
          'Emergency-management platform API. Errors are `{code, message, details}`; `message` follows `Accept-Language` (zh-CN default, en). ' +
          'Browser sessions use the `sw_session` cookie and must echo the `csrf_token` cookie in `x-csrf-token` on writes; machines use `Authorization: Bearer sw_…` API tokens.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sw_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
        schemas: { Error: (await import('zod')).z.toJSONSchema(ErrorBody, { target: 'draft-2020-12' }) as Record<string, unknown> },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { policy: PUBLIC }, schema: { hide: true } }, async () => app.swagger());
}
