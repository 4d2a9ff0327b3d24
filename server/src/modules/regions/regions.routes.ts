import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Region, RegionImportQuery, RegionImportResult, RegionListQuery, RegionParams, RegionPath } from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { invalid } from '../../foundation/http/errors.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { RegionsService } from './regions.service.js';

export function regionsRoutes(service: RegionsService) {
  return (app: ZodApp) => {
    app.get(
      '/api/regions',
      {
        config: { policy: signedIn('region.read') },
        schema: {
          operationId: 'listRegions',
          tags: ['regions'],
          summary: 'Children of a region (or the caller’s root region when no parent is given)',
          querystring: RegionListQuery,
          response: { 200: z.object({ items: z.array(Region) }), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => ({ items: await service.list(actorOf(request), request.query.parent) }),
    );

    app.get(
      '/api/regions/:code',
      {
        config: { policy: signedIn('region.read') },
        schema: {
          operationId: 'getRegion',
          tags: ['regions'],
          summary: 'A region and its ancestors within the caller’s scope; 404 outside it',
          params: RegionParams,
          response: { 200: RegionPath, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => service.get(actorOf(request), request.params.code),
    );

    // CSV arrives as text/csv, parsed only in this encapsulated context so JSON routes keep answering 415
    // to it; the preview (dryRun=true, the default) writes nothing.
    void app.register(async (instance) => {
      const csv = instance.withTypeProvider<ZodTypeProvider>();
      csv.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => done(null, body));
      csv.post(
      '/api/regions/import',
      {
        config: { policy: signedIn('region.manage') },
        bodyLimit: 20 * 1024 * 1024,
        schema: {
          operationId: 'importRegions',
          tags: ['regions'],
          summary: 'Import divisions from CSV (code,name[,level,parent_code,lon,lat,coord_source]); dryRun=true previews',
          querystring: RegionImportQuery,
          consumes: ['text/csv'],
          body: z.string().describe('CSV text, UTF-8'),
          response: { 200: RegionImportResult, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody },
        },
      },
      async (request) => {
        if (!request.body.trim()) throw invalid('IMPORT_EMPTY', { zh: '导入文件为空', en: 'The import file is empty' });
        return service.importCsv(actorOf(request), request.body, request.query.dryRun);
      },
    );
    });
  };
}
