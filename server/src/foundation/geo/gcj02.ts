/** A WGS-84 (or GCJ-02, where named) longitude/latitude pair. */
export type LonLat = { readonly lon: number; readonly lat: number };

// GCJ-02 ("Mars coordinates") forward transform, Krasovsky 1940 ellipsoid parameters.
const GCJ_A = 6378245.0;
const GCJ_EE = 0.006693421622965943;

function gcjTransformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320.0 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function gcjTransformLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS-84 → GCJ-02 (the well-known public transform). Only valid inside mainland China. */
export function wgs84ToGcj02(p: LonLat): LonLat {
  let dLat = gcjTransformLat(p.lon - 105.0, p.lat - 35.0);
  let dLon = gcjTransformLon(p.lon - 105.0, p.lat - 35.0);
  const radLat = (p.lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - GCJ_EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lon: p.lon + dLon, lat: p.lat + dLat };
}

/**
 * GCJ-02 → WGS-84 by fixed-point iteration of the forward transform:
 * w ← w − (f(w) − g) until the residual is below 1e-10° (≈ 0.01 mm).
 */
export function gcj02ToWgs84(g: LonLat): LonLat {
  let lon = g.lon;
  let lat = g.lat;
  for (let i = 0; i < 50; i++) {
    const f = wgs84ToGcj02({ lon, lat });
    const dLon = f.lon - g.lon;
    const dLat = f.lat - g.lat;
    lon -= dLon;
    lat -= dLat;
    if (Math.abs(dLon) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  const check = wgs84ToGcj02({ lon, lat });
  const residualM = Math.hypot((check.lon - g.lon) * 111_320 * Math.cos((g.lat * Math.PI) / 180), (check.lat - g.lat) * 110_574);
  if (residualM > 0.01) throw new Error(`GCJ-02 inversion did not converge for ${g.lon},${g.lat} (residual ${residualM} m)`);
  return { lon, lat };
}
