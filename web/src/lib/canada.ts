import type { Province } from '../__generated__/graphql';

/** Canada's provinces and territories (the API's `Province`), by name as people read them. */
export const PROVINCE_NAMES: Record<Province, string> = {
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

/** Every province and territory, by name. */
export const PROVINCES = (Object.keys(PROVINCE_NAMES) as Province[]).toSorted((a, b) => PROVINCE_NAMES[a].localeCompare(PROVINCE_NAMES[b]));

/** The provinces with a sales tax of their own beside the GST (BC and SK: PST; MB: RST); docs/tax.md. */
export const PST_PROVINCES = ['BC', 'SK', 'MB'] as const satisfies readonly Province[];
export type PstProvince = (typeof PST_PROVINCES)[number];

/** "PST" in BC and SK, "RST" in Manitoba (its Retail Sales Tax). */
export const pstName = (province: PstProvince) => (province === 'MB' ? 'RST' : 'PST');
