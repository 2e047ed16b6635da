/** class-transformer `@Transform` helpers shared by every module's DTOs. */
type TransformArgs = { value: unknown };

/** Surrounding white space never counts. */
export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);

/** E-mail addresses and the like compare case-insensitively. */
export const lower = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Numbers typed with spaces (a CVR as "35 12 10 05"). */
export const compact = ({ value }: TransformArgs) => (typeof value === 'string' ? value.replace(/\s/g, '') : value);

/** Query strings arrive as text; a repeated parameter arrives as an array: take the first. */
export const single = ({ value }: TransformArgs) => (Array.isArray(value) ? value[0] : value);
