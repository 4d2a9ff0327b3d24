import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Platform } from '../app.js';
import { systemActor } from '../foundation/auth/actor.js';
import { DEMO_ORG_UNITS, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';
import { seedDemoContacts } from './demo-contacts.js';
import { seedDemoDuty } from './demo-duty.js';
import { seedDemoEnterprises } from './demo-enterprises.js';
import { seedDemoMonitoring } from './demo-monitoring.js';
import { seedDemoResources } from './seed-resources.js';

const DEMO_KEY = 'seed.demo';

export type SeedReport = { regionsImported: number; demo: boolean; bootstrapAdmin: { username: string; password: string } | null };

/**
 * First-start data: the shipped division tree always; demo organisations and accounts when asked.
 * Idempotent: a marker in system_meta records that the demo ran, so restarts change nothing.
 */
/** `resources: false` leaves out the demo resources (several seconds of writes), for suites that make their own. */
export async function seed(p: Platform, opts: { demo: boolean; resources?: boolean; monitoring?: boolean }): Promise<SeedReport> {
  const system = systemActor('seed');
  const report: SeedReport = { regionsImported: 0, demo: false, bootstrapAdmin: null };
  if ((await p.services.regions.count()) === 0) {
    const r = await p.services.regions.seed(system);
    if (r.errors.length) throw new Error(`region seed file has errors: ${JSON.stringify(r.errors.slice(0, 5))}`);
    report.regionsImported = r.created;
  }
  const db = p.data.system;
  const marker = await db.selectFrom('system_meta').select('key').where('key', '=', DEMO_KEY).executeTakeFirst();
  if (opts.demo && !marker) {
    const orgIds = new Map<string, string>();
    for (const o of DEMO_ORG_UNITS) {
      const unit = await p.services.organisations.create(system, { name: o.name, kind: o.kind, regionCode: o.regionCode, phone: o.phone ?? null });
      orgIds.set(o.key, unit.id);
    }
    for (const u of DEMO_USERS) {
      await p.services.accounts.createUser(system, {
        username: u.username,
        displayName: u.displayName,
        password: DEMO_PASSWORD,
        regionCode: u.regionCode,
        orgUnitId: orgIds.get(u.org) ?? null,
        phone: u.phone ?? null,
        roles: u.roles,
      });
    }
    await seedDemoContacts(p, system);
    await seedDemoDuty(p, system);
    if (opts.resources ?? true) await seedDemoResources(p, system);
    const { sourceIds } = await seedDemoEnterprises(p, system);
    if (opts.monitoring ?? true) await seedDemoMonitoring(p, system, sourceIds);
    await db.insertInto('system_meta').values({ key: DEMO_KEY, value: JSON.stringify({ at: new Date().toISOString() }), updated_at: new Date() }).execute();
    report.demo = true;
  }
  // Without demo data, the first start creates one administrator so the platform is usable at all.
  const users = await db.selectFrom('users').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  if (Number(users.n) === 0) {
    const password = `Sw-${randomBytes(9).toString('base64url')}1`;
    await p.services.accounts.createUser(system, { username: 'admin', displayName: '系统管理员', password, regionCode: '150000000000', roles: ['system_admin'] });
    report.bootstrapAdmin = { username: 'admin', password };
  }
  return report;
}

export { DEMO_PASSWORD, DEMO_USERS };
