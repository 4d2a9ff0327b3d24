import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
