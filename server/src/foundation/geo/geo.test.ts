import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceMetres } from './distance.js';
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02.js';

describe('geo helpers (WGS-84)', () => {
  it('great-circle distance Hohhot–Baotou is about 155 km', () => {
    const d = distanceMetres({ lon: 111.670801, lat: 40.818311 }, { lon: 109.840405, lat: 40.658168 });
    assert.ok(d > 154_000 && d < 156_500, `got ${d}`);
    assert.equal(distanceMetres({ lon: 106.8, lat: 39.7 }, { lon: 106.8, lat: 39.7 }), 0);
  });

  it('GCJ-02 offset in Inner Mongolia is a few hundred metres and inverts to under a centimetre', () => {
    const wuhaiGcj = { lon: 106.825563, lat: 39.673734 };
    const wgs = gcj02ToWgs84(wuhaiGcj);
    const offset = distanceMetres(wgs, wuhaiGcj);
    assert.ok(offset > 100 && offset < 800, `offset ${offset} m`);
    assert.ok(distanceMetres(wgs84ToGcj02(wgs), wuhaiGcj) < 0.01);
  });
});
