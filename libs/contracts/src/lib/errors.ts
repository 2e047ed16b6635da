/** One field that failed validation, with every rule it broke. */
export interface FieldError {
  /** Dotted path of the field, e.g. `admin.email` or `competences.0.level`. */
  field: string;
  messages: string[];
}

/**
 * Every error the API returns has this shape. For a validation error (400) `message` lists each
 * bad field as a sentence that starts with the field's path, and `fields` gives them structured.
 */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  fields?: FieldError[];
  /** A stable machine-readable code for domain errors, e.g. `BID_AFTER_DEADLINE`. */
  code?: string;
  /** What the client needs to act on the error, e.g. `{ caseId }` of the open case a new one would duplicate. */
  details?: Record<string, string | number>;
}
