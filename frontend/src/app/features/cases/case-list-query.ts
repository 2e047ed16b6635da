import { TARGET_GROUP_CODES, TargetGroup } from '@mentor/contracts';
import { CaseSearch } from './cases-api.service';

type Query = Readonly<Record<string, string | readonly string[] | null | undefined>>;

const first = (value: Query[string]): string => String((Array.isArray(value) ? value[0] : value) ?? '').trim();

/**
 * The case list's filters ↔ the URL query. "Mine" is the default, so `mine=false` is what the URL
 * carries for all of the municipality's cases; a value that is not allowed is dropped.
 */
export function caseSearchFromQuery(query: Query): CaseSearch {
  const search: CaseSearch = { mine: first(query['mine']) !== 'false' };
  const status = first(query['status']);
  if (status === 'open' || status === 'closed') search.status = status;
  const targetGroup = first(query['targetGroup']);
  if ((TARGET_GROUP_CODES as readonly string[]).includes(targetGroup)) search.targetGroup = targetGroup as TargetGroup;
  const reference = first(query['reference']).toUpperCase().slice(0, 20);
  if (reference) search.reference = reference;
  const page = Number(first(query['page']));
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

export function caseSearchToQuery(search: CaseSearch): Record<string, string | null> {
  return {
    mine: search.mine === false ? 'false' : null,
    status: search.status ?? null,
    targetGroup: search.targetGroup ?? null,
    reference: search.reference?.trim() ? search.reference.trim().toUpperCase() : null,
    page: search.page && search.page > 1 ? String(search.page) : null,
  };
}
