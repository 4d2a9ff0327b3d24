import { after, before, describe } from 'node:test';
import type { Engine } from '../src/foundation/db/database.js';
import { testEngines } from './databases.js';
import { startTestPlatform, type TestPlatform } from './platform.js';

const engines = await testEngines();

/**
 * Runs a suite once per engine with one demo platform each. Tests share it, so each test makes
 * its own records (unique names) rather than assuming an empty database.
 */
export function describeEachEngine(name: string, suite: (ctx: { engine: Engine; p: () => TestPlatform }) => void, opts: Parameters<typeof startTestPlatform>[1] = {}) {
  for (const engine of engines) {
    describe(`${name} [${engine}]`, () => {
      let platform: TestPlatform | null = null;
      before(async () => {
        platform = await startTestPlatform(engine, opts);
      });
      after(async () => {
        await platform?.stop();
      });
      suite({
        engine,
        p: () => {
          if (!platform) throw new Error('platform not started');
          return platform;
        },
      });
    });
  }
}
