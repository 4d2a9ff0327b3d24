import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { OrgUnit } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { expectError, refusedWithoutChange, signIn, uniqueName } from '../support.js';

const WUHAI = '150300000000';

describeEachEngine('organisation units over HTTP', ({ p }) => {
  let admin: TestClient;
  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
  });

  const create = async (name: string, parentId: string | null = null) => {
    const res = await admin.request('POST', '/api/org-units', { name, kind: 'emergency_bureau', regionCode: WUHAI, parentId, phone: '0473-3990000' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<OrgUnit>();
  };

  it('creates, reads, lists by kind and renames a unit, each change on the ledger', async () => {
    const unit = await create(uniqueName('乌海市防汛抗旱指挥部办公室'));
    assert.equal((await admin.request('GET', `/api/org-units/${unit.id}`)).json<OrgUnit>().name, unit.name);
    const list = (await admin.request('GET', `/api/org-units?kind=emergency_bureau&q=${encodeURIComponent('防汛抗旱')}`)).json<{ items: OrgUnit[] }>();
    assert.ok(list.items.some((u) => u.id === unit.id));
    const renamed = await admin.request('PATCH', `/api/org-units/${unit.id}`, { name: `${unit.name}（更名）` });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const audit = (await admin.request('GET', `/api/audit?entity=org_unit&entityId=${unit.id}`)).json<{ items: { action: string }[] }>();
    assert.deepEqual(audit.items.map((e) => e.action), ['org-unit.updated', 'org-unit.created']);
  });

  it('a unit cannot become its own ancestor', async () => {
    const top = await create(uniqueName('乌海市应急指挥部'));
    const middle = await create(uniqueName('指挥部办公室'), top.id);
    const bottom = await create(uniqueName('值班室'), middle.id);
    await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/org-units/${top.id}`, { parentId: bottom.id }), 422, 'ORG_UNIT_CYCLE');
    await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/org-units/${top.id}`, { parentId: top.id }), 422, 'ORG_UNIT_CYCLE');
  });

  it('a JSON route does not accept a CSV body', async () => {
    const res = await admin.request('POST', '/api/org-units', 'name,kind\nx,other', { 'content-type': 'text/csv' });
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
