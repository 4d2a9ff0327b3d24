import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, ExportFormat, ImportQuery, ImportResult, ResourceCollection } from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { invalid } from '../../foundation/http/errors.js';
import { XLSX_TYPE } from '../../foundation/import/spreadsheet.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { ResourceIo } from './resource-io.js';

const tags = ['resources'];
const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };

function download(reply: FastifyReply, collection: string, file: { body: Buffer; type: string; ext: string; sheet: string }) {
  const day = new Date().toISOString().slice(0, 10);
  const name = `${file.sheet}-${day}.${file.ext}`;
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename="${collection}-${day}.${file.ext}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(file.body);
}

export function resourceIoRoutes(io: ResourceIo) {
  // One static path per collection: a `:collection` parameter would lose to `teams/:id` in the router.
  return (app: ZodApp) => {
    for (const collection of ResourceCollection.options) register(app, collection);
  };

  function register(app: ZodApp, collection: ResourceCollection) {
    app.get(
      `/api/resources/${collection}/export`,
      {
        config: { policy: signedIn('resource.read') },
        schema: {
          operationId: `export${title(collection)}`,
          tags,
          summary: 'The filtered list as XLSX, CSV or GeoJSON (same filters as the list endpoint)',
          querystring: z.object({ format: ExportFormat.default('xlsx') }).catchall(z.string()),
          produces: [XLSX_TYPE, 'text/csv', 'application/geo+json'],
          response: { 200: z.any().describe('the file'), ...errors },
        },
      },
      async (request, reply) => {
        const { format, ...filters } = request.query;
        return download(reply, collection, await io.exportFile(actorOf(request), collection, format, filters));
      },
    );
    app.get(
      `/api/resources/${collection}/template`,
      {
        config: { policy: signedIn('resource.read') },
        schema: {
          operationId: `template${title(collection)}`,
          tags,
          summary: 'An empty import sheet with the importable columns',
          querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
          produces: [XLSX_TYPE, 'text/csv'],
          response: { 200: z.any().describe('the file'), ...errors },
        },
      },
      async (request, reply) => download(reply, collection, await io.template(collection, request.query.format)),
    );

    // Spreadsheets arrive raw (CSV text or XLSX bytes), parsed only in this encapsulated context.
    void app.register(async (instance) => {
      const files = instance.withTypeProvider<ZodTypeProvider>();
      files.removeAllContentTypeParsers();
      for (const type of ['text/csv', XLSX_TYPE, 'application/octet-stream']) {
        files.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
      }
      files.post(
        `/api/resources/${collection}/import`,
        {
          config: { policy: signedIn('resource.manage') },
          bodyLimit: 20 * 1024 * 1024,
          schema: {
            operationId: `import${title(collection)}`,
            tags,
            summary: 'Import CSV or XLSX; dryRun=true (default) previews with row errors and writes nothing; dryRun=false writes all rows or none',
              querystring: ImportQuery,
            consumes: ['text/csv', XLSX_TYPE],
            body: z.instanceof(Buffer).describe('the file'),
            response: { 200: ImportResult, ...errors },
          },
        },
        async (request) => {
          if (request.body.length === 0) throw invalid('IMPORT_EMPTY', { zh: '导入文件为空', en: 'The import file is empty' });
          return io.importFile(actorOf(request), collection, request.body, request.query.dryRun);
        },
      );
    });
  }
}
