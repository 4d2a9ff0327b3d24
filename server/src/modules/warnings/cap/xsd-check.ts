import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The vendored OASIS CAP 1.2 schema. */
export const CAP12_XSD_PATH = fileURLToPath(new URL('../data/cap12.xsd', import.meta.url));

export type XsdResult = { available: false; reason: string } | { available: true; valid: boolean; output: string };

/**
 * Validates a document against the CAP 1.2 schema with libxml2's xmllint (Debian package libxml2-utils),
 * reading it from stdin. Used by the tests; `available: false` when xmllint is not installed.
 */
export function validateCapXml(xml: string, { xsdPath = CAP12_XSD_PATH, command = 'xmllint' } = {}): XsdResult {
  const run = spawnSync(command, ['--noout', '--nonet', '--schema', xsdPath, '-'], { input: xml, encoding: 'utf8', timeout: 30_000 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { available: false, reason: 'xmllint not found (install the Debian package libxml2-utils)' };
    throw run.error;
  }
  return { available: true, valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
