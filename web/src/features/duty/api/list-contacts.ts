import type { CalloutRole, Contact } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { contactsKey, type Page } from './types';

export interface ContactFilters {
  regionCode?: string;
  q?: string;
  role?: CalloutRole;
}

/** The responsible-person directory (通讯录): search by name, post, organisation or phone, by region and role. */
export const useContacts = (params: ContactFilters & { limit: number; offset: number }, enabled = true) =>
  useQuery({
    queryKey: [...contactsKey, 'list', params] as const,
    queryFn: ({ signal }) => apiFetch<Page<Contact>>('/contacts', { query: { ...params, active: 'true' }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
