import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { isAppScope, scopesOfDirectives, scopesSatisfied, sha256Hex, type AppScope } from '@fitflow/kit';
import {
  GraphQLError,
  isAbstractType,
  Kind,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/*
 * Reading and checking an app's operation manifest (docs/apps.md, Registration): pure functions, no
 * database. The API schema and each field's `@requiresScopes` come from the composed supergraph.
 */

/** What a manifest may hold: operations, characters per operation, bytes in all (UTF-8). */
export const MANIFEST_LIMITS = { operations: 100, bodyChars: 20_000, manifestBytes: 500 * 1024 } as const;

/** The public API as apps see it: the API schema and the scopes that open each field. */
export interface AppApi {
  schema: GraphQLSchema;
  /** The `@requiresScopes` alternatives of `Type.field` (its own, else its type's), or null: no app scope reaches it. */
  scopesOf(coordinate: string): string[][] | null;
}

/**
 * The public API of a composed supergraph (`schema/supergraph.graphql`): its API schema (what the
 * gateway serves, without `@inaccessible` elements) and the field scopes, read from the
 * `@requiresScopes` directives of the supergraph's AST (kit `scopesOfDirectives`).
 * @throws Error when the SDL is not a supergraph (a deployment error, not a caller's).
 */
export function appApiOf(supergraphSdl: string): AppApi {
  const schema = Supergraph.build(supergraphSdl, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES }).apiSchema().toGraphQLJSSchema();
  const byType = new Map<string, string[][] | null>();
  const byField = new Map<string, string[][] | null>();
  const note = (type: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const scopes = scopesOfDirectives(directives);
    if (scopes) byType.set(type, scopes);
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    const type = definition.name.value;
    note(type, definition.directives);
    for (const field of definition.fields ?? []) {
      const scopes = scopesOfDirectives(field.directives);
      if (scopes) byField.set(`${type}.${field.name.value}`, scopes);
    }
  }
  return {
    schema,
    scopesOf: (coordinate) => byField.get(coordinate) ?? byType.get(coordinate.slice(0, coordinate.indexOf('.'))) ?? null,
  };
}

/** One operation as a manifest lists it (`id`, `name`, `type` only in Apollo's format; `id` in codegen's). */
export interface ManifestOperation {
  id?: string;
  name?: string;
  type?: string;
  body: string;
}

/** A field an operation selects: the scopes that open it (any one suffices) and whether those requested do. */
export interface AnalysedField {
  coordinate: string;
  scopes: AppScope[];
  allowed: boolean;
}

export interface AnalysedOperation {
  /** SHA-256 (hex) of the body. */
  id: string;
  /** Its name, or "" when it has none. */
  name: string;
  /** 'query' | 'mutation', or "" when it could not be read. */
  type: string;
  body: string;
  fields: AnalysedField[];
  /** Why it is refused (each a sentence naming the operation); empty when it is fine. */
  problems: string[];
}

export interface ManifestAnalysis {
  valid: boolean;
  operations: AnalysedOperation[];
  /** Every problem: of the manifest itself, then of each operation. */
  problems: string[];
}

/** SHA-256 of `text` (UTF-8), hex: an operation's id. */
export const operationId = sha256Hex;

const APOLLO_FORMAT = 'apollo-persisted-query-manifest';
const FORMATS_HINT = `Use Apollo's persisted query manifest ({"format":"${APOLLO_FORMAT}","version":1,"operations":[{"id","name","type","body"}]}) or codegen's ({"<sha256 of the operation>":"<operation>"}).`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operations of a manifest in either format, and what is wrong with the manifest as a whole
 * (size, JSON, shape, number of operations).
 */
export function readManifest(text: string): { operations: ManifestOperation[]; problems: string[] } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MANIFEST_LIMITS.manifestBytes) {
    return { operations: [], problems: [`The manifest is ${Math.ceil(bytes / 1024)} KB; at most ${MANIFEST_LIMITS.manifestBytes / 1024} KB is accepted.`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { operations: [], problems: [`The manifest is not valid JSON (${(error as Error).message}). ${FORMATS_HINT}`] };
  }
  if (!isRecord(json)) return { operations: [], problems: [`The manifest must be a JSON object. ${FORMATS_HINT}`] };
  const problems: string[] = [];
  let operations: ManifestOperation[] = [];
  if ('format' in json) {
    if (json.format !== APOLLO_FORMAT) return { operations: [], problems: [`Unknown manifest format ${JSON.stringify(json.format)}. ${FORMATS_HINT}`] };
    if (json.version !== 1) return { operations: [], problems: [`Only version 1 of Apollo's persisted query manifest is accepted.`] };
    if (!Array.isArray(json.operations)) return { operations: [], problems: [`The manifest's "operations" must be a list. ${FORMATS_HINT}`] };
    json.operations.forEach((entry: unknown, index) => {
      const fields = ['id', 'name', 'type', 'body'] as const;
      if (!isRecord(entry) || fields.some((f) => typeof entry[f] !== 'string')) {
        problems.push(`Operation #${index + 1} of the manifest must have the strings "id", "name", "type" and "body".`);
        return;
      }
      operations.push({ id: entry.id as string, name: entry.name as string, type: entry.type as string, body: entry.body as string });
    });
  } else {
    const entries = Object.entries(json);
    const notText = entries.filter(([, body]) => typeof body !== 'string');
    if (notText.length) return { operations: [], problems: [`Every value of a codegen manifest must be an operation's text. ${FORMATS_HINT}`] };
    operations = entries.map(([id, body]) => ({ id, body: body as string }));
  }
  if (operations.length + problems.length === 0) problems.push('The manifest has no operations: list at least one.');
  if (operations.length > MANIFEST_LIMITS.operations) {
    return { operations: [], problems: [`The manifest has ${operations.length} operations; at most ${MANIFEST_LIMITS.operations} are accepted.`] };
  }
  return { operations, problems };
}

/** "schedule:read", "one of schedule:read, invoices:read", "schedule:read + invoices:read". */
function describeNeed(alternatives: readonly (readonly string[])[]): string {
  const each = alternatives.map((a) => a.join(' + '));
  return each.length === 1 ? each[0] : `one of ${each.join(', ')}`;
}

/** The coordinates an operation selects (fragments included, `__typename` free), in order of first use. */
function selectedCoordinates(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const coordinates = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const name = node.name.value;
        if (name === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent) return;
        // A field of an interface runs on each implementation: every one must be open to the app.
        const owners = isAbstractType(parent) ? schema.getPossibleTypes(parent).map((t) => t.name) : [parent.name];
        for (const owner of owners) coordinates.add(`${owner}.${name}`);
      },
    }),
  );
  return [...coordinates];
}

/**
 * Checks one operation: it parses, is one named query or mutation, its id (when given) is the SHA-256
 * of its text, it validates against the API schema, and every field it selects is opened by one of
 * `requested` scopes.
 */
export function analyseOperation(api: AppApi, operation: ManifestOperation, index: number, requested: readonly AppScope[]): AnalysedOperation {
  const id = operationId(operation.body);
  const result: AnalysedOperation = { id, name: operation.name ?? '', type: '', body: operation.body, fields: [], problems: [] };
  let label = operation.name ? `Operation "${operation.name}"` : `Operation #${index + 1}`;
  const refuse = (problem: string) => {
    result.problems.push(`${label} ${problem}`);
    return result;
  };
  if (operation.body.length > MANIFEST_LIMITS.bodyChars) {
    return refuse(`is ${operation.body.length} characters long; at most ${MANIFEST_LIMITS.bodyChars} are accepted.`);
  }
  let document: DocumentNode;
  try {
    document = parse(operation.body);
  } catch (error) {
    return refuse(`does not parse: ${error instanceof GraphQLError ? error.message : 'not GraphQL'}.`);
  }
  const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (definitions.length !== 1) return refuse(`must hold exactly one operation; it holds ${definitions.length}.`);
  const [definition] = definitions;
  const name = definition.name?.value;
  if (!name) return refuse('has no name: name it, e.g. "query WeekTimetable { … }".');
  if (operation.name !== undefined && operation.name !== name) {
    refuse(`is listed under the name "${operation.name}" but its text names it "${name}".`);
  }
  result.name = name;
  label = `Operation "${name}"`;
  if (definition.operation === 'subscription') return refuse('is a subscription: apps may run queries and mutations only.');
  result.type = definition.operation;
  if (operation.type !== undefined && operation.type !== definition.operation) {
    refuse(`is listed as a ${operation.type} but is a ${definition.operation}.`);
  }
  if (operation.id !== undefined && operation.id.toLowerCase() !== id) {
    refuse(`is listed with the id ${operation.id}, which is not the SHA-256 of its text (${id}).`);
  }
  const errors = validate(api.schema, document);
  if (errors.length) {
    for (const error of errors) refuse(`is not valid against the FitFlow API: ${error.message}`);
    return result;
  }
  for (const coordinate of selectedCoordinates(api.schema, document)) {
    const alternatives = api.scopesOf(coordinate);
    const allowed = !!alternatives && scopesSatisfied(alternatives, requested);
    result.fields.push({ coordinate, scopes: [...new Set((alternatives ?? []).flat().filter(isAppScope))], allowed });
    if (allowed) continue;
    refuse(
      alternatives
        ? `selects ${coordinate}, which needs ${describeNeed(alternatives)} (${alternatives.length === 1 ? 'not requested' : 'none requested'}).`
        : `selects ${coordinate}, which no app scope reaches.`,
    );
  }
  return result;
}

/**
 * Everything wrong with a manifest for an app asking for `requested` scopes (docs/apps.md,
 * Registration): the manifest's own problems, each operation's, and operations that share a name or
 * a text. `valid` when there is none.
 */
export function analyseManifest(api: AppApi, text: string, requested: readonly AppScope[]): ManifestAnalysis {
  const read = readManifest(text);
  const operations = read.operations.map((operation, index) => analyseOperation(api, operation, index, requested));
  const problems = [...read.problems];
  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  for (const operation of operations) {
    if (operation.name && seenNames.has(operation.name)) problems.push(`Two operations are named "${operation.name}": each name must be unique.`);
    if (seenIds.has(operation.id)) problems.push(`Operation "${operation.name}" repeats the text of another operation.`);
    seenNames.add(operation.name);
    seenIds.add(operation.id);
  }
  problems.push(...operations.flatMap((o) => o.problems));
  return { valid: problems.length === 0, operations, problems };
}

/** The BAD_USER_INPUT message of a refused manifest: every problem (the first 30, then a count). */
export function refusalMessage(analysis: ManifestAnalysis): string {
  const shown = analysis.problems.slice(0, 30);
  const more = analysis.problems.length - shown.length;
  return `The manifest was refused; nothing was saved. ${shown.join(' ')}${more > 0 ? ` …and ${more} more problems (analyzeAppManifest lists them all).` : ''}`;
}
