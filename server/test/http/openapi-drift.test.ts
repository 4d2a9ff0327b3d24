import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { generateOpenApi, OPENAPI_FILE } from '../../src/cli/openapi-write.js';

it('docs/openapi.json matches the routes (run `npm run openapi:write` after changing an API)', async () => {
  const committed = fs.readFileSync(OPENAPI_FILE, 'utf8');
  assert.equal(await generateOpenApi(), committed);
});
