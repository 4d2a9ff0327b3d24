import fs from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import client from 'prom-client';
import type { Config } from './config.js';
import { auditRoutes } from './foundation/audit/audit.routes.js';
import { accountsRoutes } from './foundation/auth/accounts.routes.js';
import { createAccountsService, SESSIONS_ENDED } from './foundation/auth/accounts.service.js';
import { authRoutes } from './foundation/auth/auth.routes.js';
import { createAuthService } from './foundation/auth/auth.service.js';
import { installAuthGuard } from './foundation/auth/guard.js';
import { identityRepository } from './foundation/auth/identity.repository.js';
import { BUILT_IN_ROLES } from './foundation/auth/roles.js';
import { systemClock, type Clock } from './foundation/clock.js';
import type { Database } from './foundation/db/database.js';
import { createDataLayer } from './foundation/db/data-layer.js';
import { EventHub } from './foundation/events/event-hub.js';
import { JobScheduler } from './foundation/jobs/job-scheduler.js';
import { sseRoutes } from './foundation/events/sse.routes.js';
import { localTransport, type EventTransport } from './foundation/events/transport.js';
import { installErrorHandler } from './foundation/http/error-handler.js';
import { AppError } from './foundation/http/errors.js';
import { installOpenApi } from './foundation/http/openapi.js';
import { platformRoutes } from './foundation/http/platform.routes.js';
import type { Routes } from './foundation/http/zod-app.js';
import { systemActor, type Actor } from './foundation/auth/actor.js';
import { createEnterprisesModule } from './modules/enterprises/index.js';
import { createMonitoringModule } from './modules/monitoring/index.js';
import { createNoticesModule } from './modules/notices/index.js';
import { createOrganisationsModule } from './modules/organisations/index.js';
import { createRegionsModule } from './modules/regions/index.js';
import { createResourcesModule } from './modules/resources/index.js';
import { createWarningsModule } from './modules/warnings/index.js';
import { createContactsModule } from './modules/contacts/index.js';
import { createDutyModule } from './modules/duty/index.js';
import { createIncidentsModule, incidentTypeKnown } from './modules/incidents/index.js';

export type AppOptions = {
  config: Config;
  database: Database;
  clock?: Clock;
  transport?: EventTransport;
  logger?: FastifyBaseLogger;
};

/** The only composition root: foundations first, then each module through its factory. */
export async function buildApp(opts: AppOptions) {
  const { config, database } = opts;
  const clock = opts.clock ?? systemClock;
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  // Echo the request id so a user's error report can be matched to the log line.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const events = new EventHub(database.db, opts.transport ?? localTransport(), app.log);
  const jobs = new JobScheduler(database.db, clock, app.log);
  const data = createDataLayer({ database, events, clock, jobs });
  for (const table of ['users', 'api_tokens', 'audit_ledger']) data.registerScopedTable(table);

  const regions = createRegionsModule({ data });
  const organisations = createOrganisationsModule({ data });
  const notices = createNoticesModule({ data, regions: regions.service });
  const resources = createResourcesModule({ data, clock, events, regionsAtLevel: (actor, level) => regions.service.atLevel(actor, level), regionNames: (actor, codes) => regions.service.names(actor, codes) });
  const enterprises = createEnterprisesModule({ data });
  const system = systemActor();
  const auth = createAuthService({
    data,
    clock,
    settings: config,
    regionNames: (codes) => regions.service.names(system, codes),
    orgUnitNames: (ids) => organisations.service.names(ids),
  });
  const rejectedReadings = new client.Counter({ name: 'shouwang_telemetry_rejected_total', help: 'Telemetry readings or messages rejected, by reason', labelNames: ['reason'], registers: [registry] });
  const monitoring = createMonitoringModule({
    data,
    clock,
    events,
    jobs,
    log: app.log,
    sources: enterprises.lookup,
    regionNames: (codes) => regions.service.names(system, codes),
    mqtt: { url: config.mqttUrl, port: config.mqttPort, authenticate: (token) => auth.apiToken(token) },
    onReject: (reason) => rejectedReadings.inc({ reason }),
  });
  // The author's own view of the alarm: one outside their subtree is not found.
  const alarmOf = async (actor: Actor, id: string) => {
    try {
      return await monitoring.alarms.get(actor, id);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return null;
      throw e;
    }
  };
  const warnings = createWarningsModule({ data, jobs, log: app.log, regionNames: regions.lookup.names, alarmOf });
  const contacts = createContactsModule({ data, regionNames: regions.lookup.names });
  const duty = createDutyModule({
    data,
    clock,
    orgUnits: organisations.lookup.units,
    users: async (db, id) => {
      const u = await identityRepository.findUser(db, { id });
      return u && { id: u.id, name: u.displayName, phone: u.phone };
    },
    regionNames: regions.lookup.names,
    incidentTypeKnown,
  });
  // An incident's source is read unscoped before the write; the incidents service checks it lies in the reporter's subtree.
  const incidentSource = async (kind: 'alarm' | 'warning', id: string) => {
    try {
      if (kind === 'alarm') {
        const a = await monitoring.alarms.get(system, id);
        return { regionCode: a.regionCode, label: `${a.enterpriseName ?? a.assetName} ${a.pointName} ${a.condition}`.trim() };
      }
      const w = await warnings.service.get(system, id);
      return { regionCode: w.regionCode, label: w.headline };
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return null;
      throw e;
    }
  };
  // The timeline's linked alarm and warning lines, read unscoped when their events arrive (a gone record is skipped).
  const unlessGone = async <T>(read: Promise<T>): Promise<T | null> => {
    try {
      return await read;
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return null;
      throw e;
    }
  };
  const linked = { alarm: (id: string) => unlessGone(monitoring.alarms.get(system, id)), warning: (id: string) => unlessGone(warnings.service.get(system, id)) };
  const incidents = createIncidentsModule({ data, clock, events, jobs, duty: duty.lookup, orgUnits: organisations.lookup.units, sources: incidentSource, contacts: contacts.lookup, linked, resources, regionNames: regions.lookup.names });
  const accounts = createAccountsService({ data, orgUnitRegion: (actor, id, uow) => organisations.service.regionOf(actor, id, uow) });
  events.onLive((e) => {
    if (e.type === SESSIONS_ENDED && typeof e.payload.userId === 'string') auth.forgetUser(e.payload.userId);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(rateLimit, { global: false });
  installErrorHandler(app);
  installAuthGuard(app, {
    auth,
    trustedOrigins: config.trustedOrigins,
    // The docs UI and the web app's static files are public by nature; every other /api route must declare a policy.
    implicitPublic: (url) => url.startsWith('/api/docs') || !url.startsWith('/api'),
  });
  await installOpenApi(app);

  const routes: Routes[] = [
    platformRoutes({ database, events, registry, mqtt: () => monitoring.mqttStatus() ?? { mode: 'off', connected: false } }),
    authRoutes({ auth, data, cookieSecure: config.cookieSecure, sessionTtlHours: config.sessionTtlHours }),
    accountsRoutes(accounts),
    auditRoutes(data),
    sseRoutes(events, (e, userId) => warnings.onTargetedDelivery(e, userId)),
    regions.routes,
    organisations.routes,
    notices.routes,
    resources.routes,
    enterprises.routes,
    monitoring.routes,
    warnings.routes,
    contacts.routes,
    duty.routes,
    incidents.routes,
  ];
  for (const r of routes) r(app);
  serveWeb(app, config.webDist);

  return {
    app,
    data,
    events,
    jobs,
    services: { auth, accounts, regions: regions.service, organisations: organisations.service, notices: notices.service, stock: resources.stock, teams: resources.teams, experts: resources.experts, facilities: resources.facilities, locator: resources.locator, enterprises: enterprises.enterprises, hazardSources: enterprises.hazardSources, points: monitoring.points, alarms: monitoring.alarms, warnings: warnings.service, contacts: contacts.service, commandBodies: duty.bodies, roster: duty.roster, incidents: incidents.incidents, incidentResponse: incidents.response },
    monitoring,
    warnings,
    /** Built-in roles are platform data: brought up to date on every start. */
    async start() {
      for (const r of BUILT_IN_ROLES) await identityRepository.upsertRole(database.db, { key: r.key, name: r.name, name_en: r.nameEn, permissions: r.permissions, built_in: true });
      await resources.start();
      await monitoring.start({ background: config.backgroundWork });
      await incidents.start();
      await events.start();
      jobs.start();
    },
    async close() {
      jobs.stop();
      warnings.close();
      await monitoring.close();
      await app.close();
      await events.close();
    },
  };
}

export type Platform = Awaited<ReturnType<typeof buildApp>>;

/** The built SPA at `/`; unknown non-API paths get index.html so client-side routes survive a reload. */
function serveWeb(app: Platform['app'], dist: string) {
  if (!fs.existsSync(`${dist}/index.html`)) return;
  void app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'], preCompressed: true });
  app.get('/*', { config: { policy: { auth: 'public' } }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send({ code: 'ROUTE_NOT_FOUND', message: request.lang === 'en' ? 'No such endpoint' : '接口不存在' });
    return reply.sendFile('index.html');
  });
}
