import { describe, expect, it } from 'vitest';
import { analyseManifest, appApiOf, MANIFEST_LIMITS, operationId, readManifest, refusalMessage } from './app-manifest.js';

/** A small supergraph in the shape `npm run compose` writes, with field scopes and an internal field. */
const SUPERGRAPH = /* GraphQL */ `
  schema
    @link(url: "https://specs.apollo.dev/link/v1.0")
    @link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)
    @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)
    @link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY) {
    query: Query
    mutation: Mutation
  }

  directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
  directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION
  directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE
  directive @join__field(
    graph: join__Graph
    requires: join__FieldSet
    provides: join__FieldSet
    type: String
    external: Boolean
    override: String
    usedOverridden: Boolean
    overrideLabel: String
  ) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
  directive @join__graph(name: String!, url: String!) on ENUM_VALUE
  directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
  directive @join__type(
    graph: join__Graph!
    key: join__FieldSet
    extension: Boolean! = false
    resolvable: Boolean! = true
    isInterfaceObject: Boolean! = false
  ) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
  directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
  directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
  directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM

  scalar join__DirectiveArguments
  scalar join__FieldSet
  scalar link__Import
  scalar requiresScopes__Scope
  enum join__Graph {
    MAIN @join__graph(name: "main", url: "http://localhost:4000/graphql")
  }
  enum link__Purpose {
    SECURITY
    EXECUTION
  }

  type Query @join__type(graph: MAIN) {
    studios: [Studio!]! @requiresScopes(scopes: [["schedule:read"]])
    clients: [Client!]! @requiresScopes(scopes: [["clients:read"]])
    me: User!
    internal: String @inaccessible
  }

  type Mutation @join__type(graph: MAIN) {
    bookClient(studioId: ID!): Boolean! @requiresScopes(scopes: [["bookings:write"]])
  }

  "Every field of a studio is open to schedule:read or invoices:read (the type's scopes), but its invoices only to invoices:read."
  type Studio @join__type(graph: MAIN) @requiresScopes(scopes: [["schedule:read"], ["invoices:read"]]) {
    id: ID!
    name: String!
    invoices: [Invoice!]! @requiresScopes(scopes: [["invoices:read"]])
  }

  type Invoice @join__type(graph: MAIN) {
    id: ID! @requiresScopes(scopes: [["invoices:read"]])
    total: String! @requiresScopes(scopes: [["invoices:read"]])
  }

  type Client @join__type(graph: MAIN) {
    id: ID! @requiresScopes(scopes: [["clients:read"]])
    name: String! @requiresScopes(scopes: [["clients:read"]])
  }

  type User @join__type(graph: MAIN) {
    id: ID!
    email: String!
  }
`;

const api = appApiOf(SUPERGRAPH);
const TIMETABLE = 'query Timetable { studios { id name __typename } }';
const codegen = (...bodies: string[]) => JSON.stringify(Object.fromEntries(bodies.map((b) => [operationId(b), b])));
const apollo = (operations: object[]) => JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations });

describe('app manifests', () => {
  it("reads the API schema and field scopes from the supergraph: the field's own, else its type's; internal fields are not in the API", () => {
    expect(api.scopesOf('Query.studios')).toEqual([['schedule:read']]);
    expect(api.scopesOf('Studio.name')).toEqual([['schedule:read'], ['invoices:read']]);
    expect(api.scopesOf('Studio.invoices')).toEqual([['invoices:read']]);
    expect(api.scopesOf('Query.me')).toBeNull();
    expect(api.schema.getQueryType()?.getFields().internal).toBeUndefined();
  });

  it("accepts codegen's manifest when every selected field is opened by a requested scope (__typename is free)", () => {
    const analysis = analyseManifest(api, codegen(TIMETABLE), ['schedule:read']);
    expect(analysis).toMatchObject({ valid: true, problems: [] });
    expect(analysis.operations).toEqual([
      {
        id: operationId(TIMETABLE),
        name: 'Timetable',
        type: 'query',
        body: TIMETABLE,
        problems: [],
        fields: [
          { coordinate: 'Query.studios', scopes: ['schedule:read'], allowed: true },
          { coordinate: 'Studio.id', scopes: ['schedule:read', 'invoices:read'], allowed: true },
          { coordinate: 'Studio.name', scopes: ['schedule:read', 'invoices:read'], allowed: true },
        ],
      },
    ]);
  });

  it("accepts Apollo's persisted query manifest, and walks fragments", () => {
    const body = 'query Books { studios { ...S } } fragment S on Studio { name invoices { total } }';
    const analysis = analyseManifest(api, apollo([{ id: operationId(body), name: 'Books', type: 'query', body }]), ['schedule:read', 'invoices:read']);
    expect(analysis.valid).toBe(true);
    expect(analysis.operations[0].fields.map((f) => f.coordinate)).toEqual(['Query.studios', 'Studio.name', 'Studio.invoices', 'Invoice.total']);
  });

  it('refuses a field beyond the requested scopes, naming the operation, the field and the scope it needs', () => {
    const clients = 'query Clients { clients { name } }';
    const analysis = analyseManifest(api, codegen(TIMETABLE, clients), ['schedule:read']);
    expect(analysis.valid).toBe(false);
    expect(analysis.problems).toEqual([
      'Operation "Clients" selects Query.clients, which needs clients:read (not requested).',
      'Operation "Clients" selects Client.name, which needs clients:read (not requested).',
    ]);
    expect(analysis.operations[1].fields).toEqual([
      { coordinate: 'Query.clients', scopes: ['clients:read'], allowed: false },
      { coordinate: 'Client.name', scopes: ['clients:read'], allowed: false },
    ]);
    expect(refusalMessage(analysis)).toMatch(/^The manifest was refused; nothing was saved\. Operation "Clients" selects Query\.clients/);
  });

  it('refuses a field no scope reaches, and says when one of several scopes would do', () => {
    const analysis = analyseManifest(api, codegen('query Me { me { email } }', 'query Names { studios { name } }'), ['bookings:write']);
    expect(analysis.problems).toEqual([
      'Operation "Me" selects Query.me, which no app scope reaches.',
      'Operation "Me" selects User.email, which no app scope reaches.',
      'Operation "Names" selects Query.studios, which needs schedule:read (not requested).',
      'Operation "Names" selects Studio.name, which needs one of schedule:read, invoices:read (none requested).',
    ]);
  });

  it('refuses what does not parse, validate or name itself, subscriptions, several operations, and an id that is not the hash', () => {
    const problems = (body: string, id = operationId(body)) => analyseManifest(api, JSON.stringify({ [id]: body }), ['schedule:read']).problems;
    expect(problems('query Broken { studios {')).toEqual([expect.stringMatching(/^Operation #1 does not parse: Syntax Error/)]);
    expect(problems('{ studios { id } }')).toEqual([expect.stringMatching(/^Operation #1 has no name/)]);
    expect(problems('query A { studios { id } } query B { studios { id } }')).toEqual(['Operation #1 must hold exactly one operation; it holds 2.']);
    expect(problems('subscription Live { studios { id } }')).toEqual(['Operation "Live" is a subscription: apps may run queries and mutations only.']);
    expect(problems('query Bad { studios { colour } }')).toEqual([
      'Operation "Bad" is not valid against the FitFlow API: Cannot query field "colour" on type "Studio".',
    ]);
    expect(problems('query Hidden { internal }')).toEqual([
      expect.stringMatching(/^Operation "Hidden" is not valid against the FitFlow API: Cannot query field "internal"/),
    ]);
    expect(problems(TIMETABLE, 'f'.repeat(64))).toEqual([
      `Operation "Timetable" is listed with the id ${'f'.repeat(64)}, which is not the SHA-256 of its text (${operationId(TIMETABLE)}).`,
    ]);
    const listed = analyseManifest(api, apollo([{ id: operationId(TIMETABLE), name: 'Week', type: 'mutation', body: TIMETABLE }]), ['schedule:read']);
    expect(listed.problems).toEqual([
      'Operation "Week" is listed under the name "Week" but its text names it "Timetable".',
      'Operation "Timetable" is listed as a mutation but is a query.',
    ]);
  });

  it('refuses manifests that are not JSON, of an unknown format, empty, too large, or with too many or repeated operations', () => {
    expect(readManifest('{"oops"').problems[0]).toMatch(/^The manifest is not valid JSON/);
    expect(readManifest('[]').problems[0]).toMatch(/^The manifest must be a JSON object/);
    expect(readManifest('{"format":"relay"}').problems[0]).toMatch(/^Unknown manifest format "relay"/);
    expect(readManifest('{"a": 1}').problems[0]).toMatch(/^Every value of a codegen manifest must be an operation's text/);
    expect(readManifest(apollo([{ id: 'x', body: 'query A { me { id } }' }])).problems).toEqual([
      'Operation #1 of the manifest must have the strings "id", "name", "type" and "body".',
    ]);
    expect(readManifest('{}').problems).toEqual(['The manifest has no operations: list at least one.']);
    expect(readManifest(`{"a":"${'x'.repeat(MANIFEST_LIMITS.manifestBytes)}"}`).problems[0]).toMatch(/^The manifest is 501 KB; at most 500 KB/);
    const many = Array.from({ length: MANIFEST_LIMITS.operations + 1 }, (_, i) => `query Q${i} { studios { id } }`);
    expect(readManifest(codegen(...many)).problems).toEqual(['The manifest has 101 operations; at most 100 are accepted.']);
    const long = `query Long { studios { id ${' '.repeat(MANIFEST_LIMITS.bodyChars)} } }`;
    expect(analyseManifest(api, codegen(long), ['schedule:read']).problems).toEqual([
      `Operation #1 is ${long.length} characters long; at most ${MANIFEST_LIMITS.bodyChars} are accepted.`,
    ]);
    const twice = analyseManifest(api, codegen(TIMETABLE, 'query Timetable { studios { name } }'), ['schedule:read']);
    expect(twice.problems).toEqual(['Two operations are named "Timetable": each name must be unique.']);
  });
});
