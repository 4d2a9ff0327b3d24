import type { z } from 'zod';
import { ErrorBody, FireCoverage, FireCoverageQuery } from '@shouwang/contracts';
import type { Actor } from '../../foundation/auth/actor.js';
import { signedIn } from '../../foundation/auth/policy.js';
import { invalid } from '../../foundation/http/errors.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import figures from './data/fire-response.json' with { type: 'json' };
import type { ResourceLocator } from './locator.js';

export type FireResponseFigures = { responseMinutes: number; turnoutMinutes: number; speedKmh: number; detourFactor: number };

/**
 * The straight-line radius a crew reaches in the response time: the minutes left after turning out, at the
 * urban driving speed, divided by the detour factor (roads are longer than the crow flies).
 */
export function fireResponseRadiusMetres(f: FireResponseFigures): number {
  if (!(f.responseMinutes > f.turnoutMinutes && f.turnoutMinutes >= 0 && f.speedKmh > 0 && f.detourFactor >= 1)) throw new RangeError('fire-response figures out of range');
  return Math.round((((f.responseMinutes - f.turnoutMinutes) / 60) * f.speedKmh * 1000) / f.detourFactor);
}

const METRES_PER_DEGREE = 111_320;

/** Fire stations (facilities of kind fire_station) in the caller's scope, each with its 5-minute circle. */
export function createFireCoverage(locator: ResourceLocator, f: FireResponseFigures = figures) {
  const radiusMetres = fireResponseRadiusMetres(f);
  const settings = { responseMinutes: f.responseMinutes, turnoutMinutes: f.turnoutMinutes, speedKmh: f.speedKmh, detourFactor: f.detourFactor, radiusMetres, source: figures._source };
  return (actor: Actor, q: z.output<typeof FireCoverageQuery>): FireCoverage => {
    const all = locator.located(actor, 'fire_station');
    let inView = all;
    if (q.bbox) {
      const [minLon, minLat, maxLon, maxLat] = q.bbox;
      if (!(minLon < maxLon && minLat < maxLat)) throw invalid('BBOX_INVALID', { zh: '范围无效：应为 最小经度,最小纬度,最大经度,最大纬度', en: 'Invalid bbox: expected minLon,minLat,maxLon,maxLat' });
      // A station just outside the box still draws its circle inside it.
      inView = all.filter(({ lon, lat }) => {
        const dLat = radiusMetres / METRES_PER_DEGREE;
        const dLon = radiusMetres / (METRES_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
        return lon + dLon >= minLon && lon - dLon <= maxLon && lat + dLat >= minLat && lat - dLat <= maxLat;
      });
    }
    return {
      settings,
      stations: inView.map(({ id, lon, lat, item }) => ({ id, name: item.name, regionCode: item.regionCode, lon, lat, radiusMetres })).sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh')),
    };
  };
}

export function fireCoverageRoutes(coverage: ReturnType<typeof createFireCoverage>) {
  return (app: ZodApp) => {
    app.get(
      '/api/resources/fire-coverage',
      {
        config: { policy: signedIn('resource.read') },
        schema: {
          operationId: 'fireCoverage',
          tags: ['resources'],
          summary: 'Fire stations in scope with their 5-minute response circles (radius from configured minutes and urban speed)',
          querystring: FireCoverageQuery,
          response: { 200: FireCoverage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (r) => coverage(actorOf(r), r.query),
    );
  };
}
