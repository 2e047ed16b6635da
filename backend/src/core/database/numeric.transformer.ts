import { ColumnOptions } from 'typeorm';

/**
 * A `numeric` column read as a JS number. pg returns numeric as a string to keep precision;
 * hours and DKK amounts with two decimals fit a double exactly enough.
 */
export function numericColumn(options: { precision: number; scale: number; default?: number; nullable?: boolean }): ColumnOptions {
  return {
    type: 'numeric',
    precision: options.precision,
    scale: options.scale,
    ...(options.default !== undefined ? { default: options.default } : {}),
    ...(options.nullable ? { nullable: true } : {}),
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  };
}
