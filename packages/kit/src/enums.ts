import { registerEnumType } from 'type-graphql';

/**
 * Canadian province or territory (ISO 3166-2:CA codes). Shared by every subgraph that exposes it, so
 * that the supergraph has one definition.
 */
export enum ProvinceCode {
  AB = 'AB',
  BC = 'BC',
  MB = 'MB',
  NB = 'NB',
  NL = 'NL',
  NS = 'NS',
  NT = 'NT',
  NU = 'NU',
  ON = 'ON',
  PE = 'PE',
  QC = 'QC',
  SK = 'SK',
  YT = 'YT',
}
/** People's names of the provinces and territories (English), for messages and tax names. */
export const PROVINCE_NAMES: Readonly<Record<ProvinceCode, string>> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};
registerEnumType(ProvinceCode, {
  name: 'Province',
  description: 'Canadian province or territory (ISO 3166-2:CA subdivision code).',
  valuesConfig: Object.fromEntries(Object.entries(PROVINCE_NAMES).map(([code, name]) => [code, { description: name }])),
});
export type Province = `${ProvinceCode}`;

/** Kind of class; it sets the rate a studio pays the trainer (docs/domain.md, Data model: `class_types.category`). */
export enum ClassCategory {
  GROUP = 'group',
  INDIVIDUAL = 'individual',
  TRIAL = 'trial',
}
registerEnumType(ClassCategory, { name: 'ClassCategory', description: 'Kind of class, which sets the rate a studio pays.' });
