import type { AuditVerifyResult } from '@shouwang/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Walks the whole hash chain on the server; a mutation because it is run on demand, not cached. */
export function verifyAudit(): Promise<AuditVerifyResult> {
  return apiFetch<AuditVerifyResult>('/audit/verify');
}

export const useVerifyAudit = () => useMutation({ mutationFn: verifyAudit });
