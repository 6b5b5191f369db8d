import 'reflect-metadata';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_ID_SCOPES, RequiresScopes, requiredScopes, scopesOfDirectives, scopesSatisfied, type AppScope } from './app-scopes.js';
import type { Viewer } from './auth.js';
import { requestContext } from './context.js';
import { notFound } from './errors.js';
import { buildFederatedSchema, buildSubgraphTypeDefs } from './schema.js';
import { isAuthenticated, rule } from './shield.js';

const TRAINER_ID = '6a1f3f0e-5b7c-4d2a-9e61-0c3b2f4d5e6a';
const OTHER_ID = '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';

@ObjectType('Gadget')
@Directive('@key(fields: "id")')
class Gadget {
  @Field(() => ID) @RequiresScopes('schedule:read', 'invoices:read') id: string;
  @Field(() => String) @RequiresScopes('schedule:read') name: string;
  /** No @requiresScopes: closed to every app. */
  @Field(() => String) serial: string;
}

/** Type-level scopes: every field of the type. */
@ObjectType('GadgetPage')
@RequiresScopes('invoices:read')
class GadgetPage {
  @Field(() => String) title: string;
  @Field(() => String) @RequiresScopes('clients:read') owner: string;
}

@Resolver(() => Gadget)
class GadgetResolver {
  @Query(() => Gadget)
  @RequiresScopes('schedule:read')
  gadget(): Gadget {
    return Object.assign(new Gadget(), { id: TRAINER_ID, name: 'Rower', serial: 'SN-1' });
  }

  @Query(() => Gadget, { description: 'Another tenant’s gadget: its shield rule answers NOT_FOUND.' })
  @RequiresScopes('schedule:read')
  foreignGadget(): Gadget {
    return Object.assign(new Gadget(), { id: OTHER_ID, name: 'Bike', serial: 'SN-2' });
  }

  @Query(() => GadgetPage)
  @RequiresScopes('schedule:read', 'invoices:read')
  page(): GadgetPage {
    return Object.assign(new GadgetPage(), { title: 'Inventory', owner: 'Maya' });
  }

  @Query(() => String)
  accounts(): string {
    return 'every account';
  }
}

const notYours = rule('notYoursGadget', { cache: 'no_cache' })(() => notFound('Gadget'));

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFederatedSchema({
    resolvers: [GadgetResolver],
    referenceResolvers: { Gadget: { __resolveReference: (reference: { id: string }) => ({ ...reference, name: 'Rower', serial: 'SN-1' }) } },
    permissions: {
      Query: { gadget: isAuthenticated, foreignGadget: notYours, page: isAuthenticated, accounts: isAuthenticated },
      Gadget: isAuthenticated,
      GadgetPage: isAuthenticated,
    },
  });
});

const log = pino({ level: 'silent' });
const person: Viewer = { userId: TRAINER_ID, roles: [{ role: 'trainer', scopeId: TRAINER_ID }] };
const app = (...scopes: AppScope[]): Viewer => ({ ...person, app: { id: OTHER_ID, scopes } });

async function run(viewer: Viewer | null, query: string, variableValues?: Record<string, unknown>) {
  const result = await execute({ schema, document: parse(query), variableValues, contextValue: requestContext({ requestId: 'test', viewer, log }) });
  return JSON.parse(JSON.stringify(result)) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

describe('RequiresScopes', () => {
  it('prints Federation’s @requiresScopes, one alternative per scope (any one suffices)', async () => {
    const { sdl } = await buildSubgraphTypeDefs({ resolvers: [GadgetResolver] });
    expect(sdl).toContain('id: ID! @requiresScopes(scopes: [["schedule:read"], ["invoices:read"]])');
    expect(sdl).toContain('name: String! @requiresScopes(scopes: [["schedule:read"]])');
    expect(sdl).toMatch(/type GadgetPage @requiresScopes\(scopes: \[\["invoices:read"\]\]\)/);
    expect(sdl).toMatch(/serial: String!\n/);
    expect(sdl).toMatch(/accounts: String!\n/);
  });
});

describe('scopesOfDirectives / requiredScopes / scopesSatisfied', () => {
  it('reads the alternatives of a field, falls back to its type, and null when neither has any', () => {
    const gadget = schema.getType('Gadget') as import('graphql').GraphQLObjectType;
    const page = schema.getType('GadgetPage') as import('graphql').GraphQLObjectType;
    expect(scopesOfDirectives(gadget.getFields().id.astNode?.directives)).toEqual([['schedule:read'], ['invoices:read']]);
    expect(scopesOfDirectives(gadget.getFields().serial.astNode?.directives)).toBeNull();
    expect(requiredScopes(page, page.getFields().title)).toEqual([['invoices:read']]);
    expect(requiredScopes(page, page.getFields().owner)).toEqual([['clients:read']]);
    expect(requiredScopes(gadget, gadget.getFields().serial)).toBeNull();
  });

  it('reads a prefixed directive and one written with scopes needed together', () => {
    const field = parse('type T { f: Int @federation__requiresScopes(scopes: [["a", "b"], ["c"]]) }').definitions[0] as any;
    expect(scopesOfDirectives(field.fields[0].directives)).toEqual([['a', 'b'], ['c']]);
  });

  it('is satisfied by any one alternative, all of whose scopes are granted; never by an empty one', () => {
    expect(scopesSatisfied([['schedule:read'], ['invoices:read']], ['invoices:read'])).toBe(true);
    expect(scopesSatisfied([['schedule:read', 'clients:read']], ['schedule:read'])).toBe(false);
    expect(scopesSatisfied([['schedule:read', 'clients:read']], ['clients:read', 'schedule:read'])).toBe(true);
    expect(scopesSatisfied([['clients:read']], [])).toBe(false);
    expect(scopesSatisfied([[]], ['schedule:read'])).toBe(false);
    expect(scopesSatisfied([], ['schedule:read'])).toBe(false);
  });

  it('gives each shared entity id a non-empty list of known scopes', () => {
    for (const scopes of Object.values(ENTITY_ID_SCOPES)) expect(scopes.length).toBeGreaterThan(0);
    expect(ENTITY_ID_SCOPES.Client).toEqual(['clients:read']);
  });
});

describe('the app scope guard (buildFederatedSchema)', () => {
  it('refuses an app a field whose scope it lacks, naming the field and the scope', async () => {
    const result = await run(app('invoices:read'), '{ gadget { id } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe('This app may not use Query.gadget: it needs the scope schedule:read, which the app was not granted.');
  });

  it('lets an app with the scope through, field by field', async () => {
    expect(await run(app('schedule:read'), '{ gadget { id name } }')).toEqual({ data: { gadget: { id: TRAINER_ID, name: 'Rower' } } });
    const serial = await run(app('schedule:read', 'invoices:read', 'clients:read', 'bookings:write'), '{ gadget { id serial } }');
    expect(serial.errors?.[0]).toMatchObject({
      message: 'This app may not use Gadget.serial: no app scope reaches it.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('applies a type’s scopes to its fields, and a field’s own before them', async () => {
    const title = await run(app('schedule:read'), '{ page { title } }');
    expect(title.errors?.[0].message).toBe('This app may not use GadgetPage.title: it needs the scope invoices:read, which the app was not granted.');
    const owner = await run(app('invoices:read'), '{ page { title owner } }');
    expect(owner.errors?.map((e) => e.message)).toEqual([
      'This app may not use GadgetPage.owner: it needs the scope clients:read, which the app was not granted.',
    ]);
    expect(await run(app('invoices:read', 'clients:read'), '{ page { title owner } }')).toEqual({ data: { page: { title: 'Inventory', owner: 'Maya' } } });
  });

  it('closes a field without @requiresScopes to every app, but not to people', async () => {
    const refused = await run(app('schedule:read', 'invoices:read', 'clients:read', 'bookings:write'), '{ accounts }');
    expect(refused.errors?.[0]).toMatchObject({ message: 'This app may not use Query.accounts: no app scope reaches it.', extensions: { code: 'FORBIDDEN' } });
    expect(await run(person, '{ accounts }')).toEqual({ data: { accounts: 'every account' } });
  });

  it('leaves people’s tokens alone: every field their rules allow', async () => {
    expect(await run(person, '{ gadget { id name serial } page { title owner } }')).toEqual({
      data: { gadget: { id: TRAINER_ID, name: 'Rower', serial: 'SN-1' }, page: { title: 'Inventory', owner: 'Maya' } },
    });
  });

  it('answers FORBIDDEN for a missing scope before a shield rule answers NOT_FOUND', async () => {
    const withoutScope = await run(app('invoices:read'), '{ foreignGadget { id } }');
    expect(withoutScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(withoutScope.errors?.[0].message).toContain('Query.foreignGadget');
    const withScope = await run(app('schedule:read'), '{ foreignGadget { id } }');
    expect(withScope.errors?.[0]).toMatchObject({ message: 'Gadget not found.', extensions: { code: 'NOT_FOUND' } });
    expect((await run(person, '{ foreignGadget { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets an app through _entities, then checks each entity field', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Gadget { id name } } }';
    const representations = [{ __typename: 'Gadget', id: TRAINER_ID }];
    const refused = await run(app('invoices:read'), query, { r: representations });
    expect(refused.data).toEqual({ _entities: [null] });
    expect(refused.errors?.map((e) => e.message)).toEqual([
      'This app may not use Gadget.name: it needs the scope schedule:read, which the app was not granted.',
    ]);
    expect(await run(app('schedule:read'), query, { r: representations })).toEqual({ data: { _entities: [{ id: TRAINER_ID, name: 'Rower' }] } });
  });
});
