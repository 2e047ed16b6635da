import { registerDecorator, ValidationOptions } from 'class-validator';

import { isValidCvr } from '@mentor/contracts';

import { readMunicipalities } from '../database/seed/reference-data.seeder';
import { findPostcode } from '../../modules/reference/utils/postcodes.util';

function rule(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: { validate: test },
    });
}

/** 8 digits with a valid modulus-11 check digit. */
export const IsCvr = (options?: ValidationOptions) =>
  rule('isCvr', isValidCvr, '$property must be a CVR number: 8 digits with a valid check digit (modulus 11)', options);

/** A Danish postcode that exists (from the shipped postcode list). */
export const IsDanishPostcode = (options?: ValidationOptions) =>
  rule('isDanishPostcode', (v) => typeof v === 'string' && !!findPostcode(v), '$property must be an existing Danish postcode (4 digits)', options);

let municipalityCodes: Set<string> | undefined;
/** A code of one of the 98 municipalities. */
export const IsMunicipalityCode = (options?: ValidationOptions) =>
  rule(
    'isMunicipalityCode',
    (v) => {
      municipalityCodes ??= new Set(readMunicipalities().map((m) => m.code));
      return typeof v === 'string' && municipalityCodes.has(v);
    },
    '$property must be the 4-digit code of a Danish municipality',
    options,
  );

/** A calendar date written as YYYY-MM-DD that exists (no 2026-02-30). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  rule(
    'isCalendarDate',
    (v) => {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const date = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
    },
    '$property must be a date written as YYYY-MM-DD',
    options,
  );

/** A phone number: Danish 8 digits, optionally +45, or an international number with +. */
export const IsPhone = (options?: ValidationOptions) =>
  rule('isPhone', (v) => typeof v === 'string' && /^(\+\d{2,3})?\d{8,12}$/.test(v.replace(/[\s-]/g, '')), '$property must be a phone number, e.g. 12 34 56 78 or +45 12345678', options);
