import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { HttpError } from '@fitflow/kit';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  parse,
  Kind,
  validate,
  type DocumentNode,
  type ValidationContext,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { IncomingMessage } from 'node:http';
import { graphqlParams, type AdmissionStep } from './admission.js';

/**
 * How big one GraphQL request may be, checked before any subgraph is called (settings `MAX_DEPTH`,
 * `MAX_ALIASES`, `MAX_DIRECTIVES`, `MAX_TOKENS`, `MAX_COST`, `DEFAULT_LIST_SIZE`; docs/api.md,
 * "Request limits").
 */
export interface RequestLimits {
  /** Nesting levels of selections in one operation (fragments count their own levels). */
  maxDepth: number;
  /** Aliased fields in one operation (`a: me { id } b: me { id }` is 2). */
  maxAliases: number;
  /** Directives (`@include`, `@skip`…) in one operation. */
  maxDirectives: number;
  /** Lexical tokens in the document (names, punctuation, values); parsing stops beyond it. */
  maxTokens: number;
  /** The operation's estimated cost ({@link operationCost}). */
  maxCost: number;
  /** How many items a list field without a `first` argument counts for in the cost. */
  defaultListSize: number;
}

/**
 * The defaults. The cost limit leaves room for the web app's heaviest page, a studio admin's invoices
 * with its child studios' (100 per studio, about 30,000), and refuses nested lists of lists (the
 * measured attack: millions); `web/src/__generated__/persisted-documents.json` is checked against it
 * (gateway/test/limits.test.ts).
 */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 50_000,
  defaultListSize: 10,
};

/**
 * Largest accepted request body by default, in bytes (setting `MAX_BODY_BYTES`): an app's operation
 * manifest (up to 500 KB, identity's limit) travels as a string in `registerApp`'s variables, larger
 * once escaped. Documents themselves are held to `MAX_TOKENS`.
 */
export const DEFAULT_MAX_BODY_BYTES = 1_200_000;

const isConnectionType = (name: string) => name.endsWith('Connection');

/**
 * The cost estimator: every object (or interface / union) a field returns counts 1 plus what is
 * selected in it; a field with a `first` argument multiplies that by `first` (its default applies when
 * the caller gives none); any other list field multiplies it by `defaultListSize`, except the
 * `edges` / `nodes` of a connection, whose size the connection's `first` already counted. Scalars and
 * enums are free (the token limit bounds them), and so are introspection's `__schema` / `__type`
 * (off in production; the depth rule skips them too).
 */
export const costEstimator =
  (defaultListSize: number): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    if (!isCompositeType(getNamedType(field.type))) return 0;
    const own = 1 + childComplexity;
    if (typeof args.first === 'number') return own * Math.max(1, args.first);
    if (isListType(getNullableType(field.type)) && !isConnectionType(type.name)) return own * defaultListSize;
    return own;
  };

/** The most selections the cost walk expands (fragments spread many times count each time); beyond it the cost is "too high". */
const MAX_COST_NODES = 10_000;

/**
 * The estimated cost of `document` (its operation `operationName`, or all of its operations) against
 * `schema`, with {@link costEstimator} (graphql-query-complexity). Returns `Infinity` when expanding it
 * needs more than {@link MAX_COST_NODES} selections (a fragment bomb), and 0 when its variables do not
 * fit (Apollo then refuses the request with its own error).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { variables?: Record<string, unknown>; operationName?: string; defaultListSize: number },
): number {
  // graphql-query-complexity compares `operationName` with each operation's name, and fails on an
  // anonymous one: name one only when every operation has a name (else Apollo refuses the document).
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operationName =
    options.operationName !== undefined && operations.every((o) => o.name) && operations.some((o) => o.name?.value === options.operationName)
      ? options.operationName
      : undefined;
  let cost = 0;
  const rule = createComplexityRule({
    maximumComplexity: Number.MAX_SAFE_INTEGER,
    estimators: [costEstimator(options.defaultListSize)],
    variables: options.variables,
    operationName,
    maxQueryNodes: MAX_COST_NODES,
    onComplete: (complexity) => (cost = complexity),
  });
  try {
    // Other errors it reports (variables that do not fit) are Apollo's to answer.
    validate(schema, document, [rule]);
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    throw error;
  }
  return cost;
}

const documents = new WeakMap<IncomingMessage, DocumentNode>();

/** The document the limits step parsed for `req` (undefined when it carried no operation text). */
export const admittedDocument = (req: IncomingMessage): DocumentNode | undefined => documents.get(req);

const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) => new HttpError(400, message, code, {}, extensions);

/** graphql-armor's message ("Syntax Error: Query depth limit of 12 exceeded, found 13.") without its misleading prefix. */
const armorMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

/** At most this much operation text (characters) a gateway remembers as within the shape limits: the web app's and apps' operations, many times over. */
const SHAPE_CACHE_CHARACTERS = 4_000_000;

/**
 * Parses `query` and checks its tokens, depth, aliases and directives (not its cost, which depends on
 * the variables).
 * @throws HttpError 400 as {@link limitsStep} says.
 */
function checkShape(query: string, apiSchema: GraphQLSchema, limits: RequestLimits): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: false });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // graphql-js: "Document contains more that 2000 tokens. Parsing aborted." (sic)
    if (/contains more tha[nt] \d+ tokens/.test(error.message)) {
      throw refuse(`The document has more than ${limits.maxTokens} tokens, the most accepted: send a smaller operation.`, 'MAX_TOKENS_EXCEEDED', {
        limit: limits.maxTokens,
      });
    }
    throw refuse(error.message, 'GRAPHQL_PARSE_FAILED');
  }
  const refusals: HttpError[] = [];
  const onReject = (code: string, limit: number, hint: string) => [
    (_context: ValidationContext | null, error: GraphQLError) => void refusals.push(refuse(`${armorMessage(error)} ${hint}`, code, { limit })),
  ];
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: onReject('MAX_DEPTH_EXCEEDED', limits.maxDepth, 'Select fewer nested levels, or split the operation.'),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: onReject('MAX_ALIASES_EXCEEDED', limits.maxAliases, 'Use fewer aliased fields, or send several requests.'),
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: onReject('MAX_DIRECTIVES_EXCEEDED', limits.maxDirectives, 'Use fewer directives.'),
    }) as unknown as ValidationRule,
  ];
  validate(apiSchema, document, rules);
  if (refusals[0]) throw refusals[0];
  return document;
}

/**
 * The limits admission step (./admission.ts): parses the request's operation text with graphql's
 * `maxTokens`, then checks depth, aliases and directives (graphql-armor's validation rules, used
 * directly: their Apollo plugins turn a rejection into HTTP 500) and the cost ({@link operationCost})
 * against the gateway's API schema. A request without operation text passes untouched (Apollo answers
 * it). Remembers the parsed document for the next steps ({@link admittedDocument}).
 *
 * @param schema the current API schema (`gateway.onSchemaLoadOrUpdate`); undefined before it loads.
 * @throws HttpError 400 with `extensions.code` `GRAPHQL_PARSE_FAILED`, `MAX_TOKENS_EXCEEDED`,
 *   `MAX_DEPTH_EXCEEDED`, `MAX_ALIASES_EXCEEDED`, `MAX_DIRECTIVES_EXCEEDED` or `COST_LIMIT_EXCEEDED`
 *   (with `limit`, and `cost` for the cost), each message saying the limit and what was found;
 *   503 `SERVICE_UNAVAILABLE` while the schema has not loaded.
 */
export function limitsStep(limits: RequestLimits, schema: () => GraphQLSchema | undefined): AdmissionStep {
  // Documents found within the shape limits, by operation text, for the current API schema (a new supergraph starts afresh).
  let shapes: { schema: GraphQLSchema; admitted: LRUCache<string, DocumentNode> } | undefined;
  return async (req, request) => {
    const { query, operationName, variables } = graphqlParams(request);
    if (query === undefined) return request;
    const apiSchema = schema();
    if (!apiSchema) throw new HttpError(503, 'The gateway is starting: try again in a few seconds.', 'SERVICE_UNAVAILABLE', { 'retry-after': '5' });
    // A document already parsed and found within the shape limits against this schema is not checked again.
    if (shapes?.schema !== apiSchema) shapes = { schema: apiSchema, admitted: new LRUCache({ maxSize: SHAPE_CACHE_CHARACTERS }) };
    let document = shapes.admitted.get(query);
    if (!document) {
      document = checkShape(query, apiSchema, limits);
      shapes.admitted.set(query, document, { size: Math.max(1, query.length) });
    }

    const cost = operationCost(apiSchema, document, { variables, operationName, defaultListSize: limits.defaultListSize });
    if (cost > limits.maxCost) {
      const found = Number.isFinite(cost) ? `about ${cost.toLocaleString('en')}` : 'more than can be counted';
      throw refuse(
        `The operation would cost ${found}, above the limit of ${limits.maxCost.toLocaleString('en')}: each object counts 1, multiplied by the ` +
          `sizes of the lists it is nested in (their \`first\` argument, or ${limits.defaultListSize} for a list without one). ` +
          'Ask for fewer items (a smaller `first`) or fewer nested lists.',
        'COST_LIMIT_EXCEEDED',
        { limit: limits.maxCost, ...(Number.isFinite(cost) ? { cost } : {}) },
      );
    }
    documents.set(req, document);
    return request;
  };
}
