import { ENTITY_ID_SCOPES, ProvinceCode, RequiresScopes, type Province } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { StoredAddress, StudioEntity } from './studio.entity.js';

@ObjectType('Address', { description: 'A Canadian street address.' })
@RequiresScopes('schedule:read')
export class AddressType {
  @Field(() => String, { description: 'First line: number and street.' }) street: string;
  @Field(() => String, { nullable: true, description: 'Second line: suite, unit, floor; null when there is none.' }) line2: string | null;
  @Field(() => String) city: string;
  @Field(() => ProvinceCode) province: Province;
  @Field(() => String, { description: 'Canada Post postal code, `A1A 1A1`.' }) postalCode: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code: always "CA".' }) country: string;

  /** The API shape of an address as studios stores it. */
  static from(stored: StoredAddress): AddressType {
    return Object.assign(new AddressType(), {
      street: stored.line1,
      line2: stored.line2 ?? null,
      city: stored.city,
      province: stored.province,
      postalCode: stored.postal_code,
      country: 'CA',
    });
  }
}

/** A studio (or one location of a studio chain). Owned by the studios subgraph. */
@ObjectType('Studio', { description: 'A studio, or one location of a studio chain (see parentStudio).' })
@Directive('@key(fields: "id")')
export class StudioType {
  @Field(() => ID) @RequiresScopes(...ENTITY_ID_SCOPES.Studio) id: string;
  @Field(() => String) @RequiresScopes('schedule:read', 'invoices:read') name: string;
  @Field(() => AddressType) @RequiresScopes('schedule:read') address: AddressType;
  @Field(() => String, { description: 'IANA time zone in which the studio shows times, e.g. "America/Toronto".' })
  @RequiresScopes('schedule:read')
  timeZone: string;
  @Field(() => String, { nullable: true, description: 'CRA business number with GST/HST account, e.g. "845612378RT0001".' })
  businessNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Revenu Québec QST number (Quebec only).' })
  qstNumber: string | null;
  @Field(() => Boolean) @RequiresScopes('schedule:read') isHeadquarters: boolean;
  @Field(() => String) status: string;
  parentStudioId: string | null;

  static from(entity: StudioEntity): StudioType {
    return Object.assign(new StudioType(), {
      id: entity.id,
      name: entity.name,
      address: AddressType.from(entity.address),
      timeZone: entity.timeZone,
      businessNumber: entity.businessNumber,
      qstNumber: entity.qstNumber,
      isHeadquarters: entity.isHeadquarters,
      status: entity.status,
      parentStudioId: entity.parentStudioId,
    });
  }
}
