import { badUserInput, PROVINCE_NAMES, type Province } from '@fitflow/kit';

/** Where a client's session took place, as scheduling publishes it. */
export interface SessionPlace {
  /** `studio`: at a studio; `client-location`: where the client chose (their home, a park); `online`: by video. */
  locationType: 'studio' | 'online' | 'client-location';
  /** The studio's province, for a session at a studio (null when the studio has none on file). */
  studioProvince: Province | null;
}

/**
 * The province where a client invoice's supply is made (docs/receivables.md, Place of supply), from
 * where each of its sessions took place and the province the client lives in:
 *
 * - **in person at a studio** — the studio's province: personal training is a service performed in
 *   the presence of the individual to whom it is rendered, made in the province where it is performed
 *   (*New Harmonized Value-added Tax System Regulations* (SOR/2010-117), Part 1, Division 3, "Personal
 *   services"; CRA, *Place of supply rules for services — Personal services*, whose example is a
 *   haircut at a salon in Sudbury: supplied in Ontario);
 * - **at the client's location** — also performed in their presence, where they are: FitFlow takes the
 *   province the client lives in (`clientProvince`), since it records no address for the session;
 * - **online** — not performed in the client's presence, so the general rule for services applies: the
 *   province of the recipient's home address obtained in the ordinary course of business (SOR/2010-117,
 *   s. 13(1); CRA GST/HST Technical Information Bulletin B-103, *Harmonized Sales Tax – Place of supply
 *   rules for determining whether a supply is made in a province*): `clientProvince`.
 *
 * Lines that are not sessions (a package of sessions, goods handed over at a session) follow the
 * invoice's place of supply. With no session at all, the client's province applies.
 *
 * One invoice has one place of supply: it is taxed at one province's rates.
 * @returns the province of every session (they agree), else `clientProvince` when there is none.
 * @throws BAD_USER_INPUT naming `sessions[i]`, the first session made in another province than the
 *   first one's, or a studio session whose studio has no province on file.
 */
export function placeOfSupplyOf(sessions: readonly SessionPlace[], clientProvince: Province): Province {
  const provinceOf = (session: SessionPlace, i: number): Province => {
    if (session.locationType !== 'studio') return clientProvince;
    if (!session.studioProvince)
      throw badUserInput(`sessions[${i}] took place at a studio whose province is not on file: bill it on a line of its own.`, `sessions[${i}]`);
    return session.studioProvince;
  };
  if (!sessions.length) return clientProvince;
  const first = provinceOf(sessions[0], 0);
  for (const [i, session] of sessions.entries()) {
    const province = provinceOf(session, i);
    if (province !== first) {
      throw badUserInput(
        `sessions[${i}] was supplied in ${PROVINCE_NAMES[province]} but sessions[0] in ${PROVINCE_NAMES[first]}: an invoice has one place of supply, so invoice them separately.`,
        `sessions[${i}]`,
      );
    }
  }
  return first;
}
