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
registerEnumType(ProvinceCode, { name: 'Province', description: 'Canadian province or territory (ISO 3166-2:CA subdivision code).' });
export type Province = `${ProvinceCode}`;

/** Kind of class; it sets the rate a studio pays the trainer (docs/domain.md, Data model: `class_types.category`). */
export enum ClassCategory {
  GROUP = 'group',
  INDIVIDUAL = 'individual',
  TRIAL = 'trial',
}
registerEnumType(ClassCategory, { name: 'ClassCategory', description: 'Kind of class, which sets the rate a studio pays.' });
