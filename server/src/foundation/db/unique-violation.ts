/**
 * Runs a write and turns a violation of the named unique index into the module's own error. The index is
 * the authority (a duplicate may sit in a region the caller cannot see), so the violation is translated
 * rather than pre-checked; any other failure passes through unchanged.
 */
export async function translateUniqueViolation<T>(write: Promise<T>, constraint: string, error: () => Error): Promise<T> {
  try {
    return await write;
  } catch (e) {
    const pg = e as { code?: string; constraint?: string };
    if (pg.code === '23505' && pg.constraint === constraint) throw error();
    throw e;
  }
}
