import { fieldErrors } from '../api/api-error';

export interface MappedServerErrors {
  /** Messages per form path (a control, or another place the page shows errors, e.g. a picker). */
  readonly byPath: Readonly<Record<string, string[]>>;
  /** Messages for fields the form does not show, to list above the submit button. */
  readonly unplaced: readonly string[];
}

/**
 * Places a 400's `fields` on the form. The API names fields by the path of the request body
 * (`admin.email`, `competences.0.level`); `aliases` translate body paths that differ from form
 * paths (the third competence sent is the form's `competences.autism_adhd`). A path without a
 * control goes to its nearest known parent (`certificates.1.expiresOn` → `certificates.1`), and
 * failing that to `unplaced`.
 */
export function mapServerErrors(
  body: unknown,
  knownPaths: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): MappedServerErrors {
  const known = new Set(knownPaths);
  const byPath: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(fieldErrors(body))) {
    const target = placeOf(resolveAlias(field, aliases), known);
    if (target === null) unplaced.push(...messages);
    else byPath[target] = [...(byPath[target] ?? []), ...messages];
  }
  return { byPath, unplaced };
}

/** Replaces the longest aliased prefix: with `{ 'competences.2': 'competences.autism_adhd' }`, `competences.2.level` → `competences.autism_adhd.level`. */
function resolveAlias(field: string, aliases: Readonly<Record<string, string>>): string {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    if (Object.prototype.hasOwnProperty.call(aliases, prefix)) return [aliases[prefix], ...parts.slice(n)].join('.');
  }
  return field;
}

function placeOf(path: string, known: ReadonlySet<string>): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return null;
}
