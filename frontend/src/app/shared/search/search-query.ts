import {
  COMPETENCE_CODES,
  EffectsQuery,
  LANGUAGE_CODES,
  MAX_PAGE_SIZE,
  MAX_WEEKLY_CAPACITY_HOURS,
  MentorSearch,
  ORGANISATION_TYPES,
  SupplierSearch,
  TARGET_GROUP_CODES,
} from '@mentor/contracts';

/**
 * Search filters ↔ the URL query, so a search can be bookmarked, shared and walked back with the
 * browser's back button. Parsing is forgiving: a value that is not allowed is dropped, never
 * sent on to the API. Framework-free and unit-tested.
 */
export type QueryParams = Readonly<Record<string, string | readonly string[] | null | undefined>>;

type FieldKind =
  | { type: 'text'; max?: number }
  | { type: 'int'; min: number; max: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'bool' }
  | { type: 'postcode' }
  | { type: 'uuid' }
  | { type: 'date' };

type Spec<T> = { readonly [K in keyof T]-?: FieldKind };

export const MENTOR_SORTS = ['name', '-name', 'freeCapacity', '-freeCapacity', 'experience', '-experience', 'distance'] as const;
export const SUPPLIER_SORTS = ['name', '-name', 'capacity', '-capacity', 'newest'] as const;
export const DIRECTORY_CERTIFICATES = ['criminal_record', 'child_certificate'] as const;

const COMMON = {
  q: { type: 'text', max: 200 },
  competence: { type: 'enum', values: COMPETENCE_CODES },
  minLevel: { type: 'int', min: 1, max: 3 },
  language: { type: 'enum', values: LANGUAGE_CODES },
  region: { type: 'text', max: 100 },
  municipality: { type: 'text', max: 4 },
  page: { type: 'int', min: 1, max: 100_000 },
  pageSize: { type: 'int', min: 1, max: MAX_PAGE_SIZE },
} as const satisfies Record<string, FieldKind>;

const MENTOR_SPEC: Spec<MentorSearch> = {
  ...COMMON,
  supplierId: { type: 'uuid' },
  // The API's limit: no mentor has more free hours than the most a mentor can offer.
  freeCapacity: { type: 'int', min: 1, max: MAX_WEEKLY_CAPACITY_HOURS },
  certificate: { type: 'enum', values: DIRECTORY_CERTIFICATES },
  validOn: { type: 'text', max: 10 },
  near: { type: 'postcode' },
  radiusKm: { type: 'int', min: 1, max: 500 },
  includeInactive: { type: 'bool' },
  sort: { type: 'enum', values: MENTOR_SORTS },
};

const SUPPLIER_SPEC: Spec<SupplierSearch> = {
  ...COMMON,
  organisationType: { type: 'enum', values: ORGANISATION_TYPES },
  sort: { type: 'enum', values: SUPPLIER_SORTS },
};

function first(value: QueryParams[string]): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : undefined;
}

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(raw: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function parseValue(kind: FieldKind, raw: string): string | number | boolean | undefined {
  if (raw === '') return undefined;
  switch (kind.type) {
    case 'text':
      return raw.slice(0, kind.max ?? 200);
    case 'int': {
      if (!/^\d+$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= kind.min && n <= kind.max ? n : undefined;
    }
    case 'enum':
      return kind.values.includes(raw) ? raw : undefined;
    case 'bool':
      return raw === 'true' || raw === '1' ? true : undefined;
    case 'postcode':
      return /^\d{4}$/.test(raw) ? raw : undefined;
    case 'uuid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw) ? raw.toLowerCase() : undefined;
    case 'date':
      return isIsoDate(raw) ? raw : undefined;
  }
}

function parse<T>(spec: Spec<T>, params: QueryParams): T {
  const result: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec) as [string, FieldKind][]) {
    const raw = first(params[name]);
    const value = raw === undefined ? undefined : parseValue(kind, raw);
    if (value !== undefined) result[name] = value;
  }
  return result as T;
}

/** The query for a search: only fields with a value, page 1 left out, all as strings. */
function serialise<T extends object>(spec: Spec<T>, search: T): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of Object.keys(spec)) {
    const value = (search as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name === 'page' && value === 1) continue;
    query[name] = String(value);
  }
  return query;
}

export function mentorSearchFromQuery(params: QueryParams): MentorSearch {
  const search = parse(MENTOR_SPEC, params);
  // A minimum level means nothing without a competence, a radius nothing without a place.
  if (!search.competence) delete search.minLevel;
  if (!search.near) delete search.radiusKm;
  if (search.sort === 'distance' && !search.near) delete search.sort;
  return search;
}

export function mentorSearchToQuery(search: MentorSearch): Record<string, string> {
  return serialise(MENTOR_SPEC, mentorSearchFromQuery(serialise(MENTOR_SPEC, search)));
}

export function supplierSearchFromQuery(params: QueryParams): SupplierSearch {
  const search = parse(SUPPLIER_SPEC, params);
  if (!search.competence) delete search.minLevel;
  return search;
}

export function supplierSearchToQuery(search: SupplierSearch): Record<string, string> {
  return serialise(SUPPLIER_SPEC, supplierSearchFromQuery(serialise(SUPPLIER_SPEC, search)));
}

export type DirectoryTab = 'mentors' | 'suppliers';

export function tabFromQuery(params: QueryParams): DirectoryTab {
  return first(params['tab']) === 'suppliers' ? 'suppliers' : 'mentors';
}

/** Switching tab keeps the filters both searches share and drops sort and page. */
export function switchTabQuery(params: QueryParams, tab: DirectoryTab): Record<string, string> {
  const shared: Record<string, string> = {};
  for (const name of ['q', 'competence', 'minLevel', 'language', 'region', 'municipality'] as const) {
    const value = first(params[name]);
    if (value) shared[name] = value;
  }
  return tab === 'suppliers' ? { tab, ...supplierSearchToQuery(supplierSearchFromQuery(shared)) } : mentorSearchToQuery(mentorSearchFromQuery(shared));
}

/** The same search as HTTP query parameters for the API. */
export function searchParams(search: object): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params[name] = String(value);
  }
  return params;
}

const EFFECTS_SPEC: Spec<EffectsQuery> = {
  from: { type: 'date' },
  to: { type: 'date' },
  targetGroup: { type: 'enum', values: TARGET_GROUP_CODES },
  supplierId: { type: 'text', max: 64 },
  agreementId: { type: 'text', max: 64 },
};

/**
 * The effect dashboard's filters from the URL. A period given backwards (from after to) is turned
 * round rather than sent to the API as an empty window.
 */
export function effectsQueryFromQuery(params: QueryParams): EffectsQuery {
  const query = parse(EFFECTS_SPEC, params);
  if (query.from && query.to && query.from > query.to) [query.from, query.to] = [query.to, query.from];
  return query;
}

/** The dashboard's filters as the URL query: only those with a value. */
export function effectsQueryToQuery(query: EffectsQuery): Record<string, string> {
  return serialise(EFFECTS_SPEC, effectsQueryFromQuery(serialise(EFFECTS_SPEC, query)));
}

/** The scorecard's filters: the dashboard's, without the supplier (the page is one supplier's). */
export type ScorecardQuery = Omit<EffectsQuery, 'supplierId'>;

export function scorecardQueryFromQuery(params: QueryParams): ScorecardQuery {
  const { supplierId: _supplierId, ...query } = effectsQueryFromQuery(params);
  return query;
}

export function scorecardQueryToQuery(query: ScorecardQuery): Record<string, string> {
  return effectsQueryToQuery({ ...query, supplierId: undefined });
}
