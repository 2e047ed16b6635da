export interface Municipality {
  /** 4-digit municipality code, e.g. '0167' (Hvidovre). */
  code: string;
  name: string;
  region: string;
}

export const REGIONS = [
  'Region Hovedstaden',
  'Region Sjælland',
  'Region Syddanmark',
  'Region Midtjylland',
  'Region Nordjylland',
] as const;
export type Region = (typeof REGIONS)[number];

export interface Competence {
  code: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
}
