import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  coerceInputValue,
  GraphQLError,
  isNonNullType,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from './errors.js';

/** PostgreSQL refuses U+0000 in `text` and `jsonb`: such a value would fail as an SQL error. */
const NUL = '\u0000';
const MUST_NOT_CONTAIN_NUL = 'must not contain the NUL character (\\u0000)';
/** graphql-js's "Did you mean …?" tail, which maps the schema for whoever reads it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** Refused input: BAD_USER_INPUT naming `field`, as HTTP 400 when it stops the request before execution. */
function inputError(field: string, detail: string): GraphQLError {
  return new GraphQLError(`${field} ${detail}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } } });
}

/**
 * For each value node of a document, the argument or input field it is the value of (a list's items
 * count as their list's field), and for each variable the first argument or input field it is used as.
 */
function fieldNames(document: DocumentNode): FieldNames {
  const ofNode = new Map<ASTNode, string>();
  const ofVariable = new Map<string, string>();
  visit(document, {
    VariableDefinition: (node) => void (node.defaultValue && ofNode.set(node.defaultValue, `$${node.variable.name.value}`)),
    Argument: (node) => void ofNode.set(node.value, node.name.value),
    ObjectField: (node) => void ofNode.set(node.value, node.name.value),
    ListValue: (node) => {
      const owner = ofNode.get(node);
      if (owner) for (const item of node.values) ofNode.set(item, owner);
    },
    Variable: (node) => {
      const owner = ofNode.get(node);
      if (owner && !ofVariable.has(node.name.value)) ofVariable.set(node.name.value, owner);
    },
  });
  return { ofNode, ofVariable };
}
interface FieldNames {
  ofNode: Map<ASTNode, string>;
  ofVariable: Map<string, string>;
}

/** Path (object keys and list indexes) to the first string or object key in `value` holding a NUL. */
function nulPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, index]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return [...path, key];
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The innermost input field named in `path`, else `fallback()` (the argument the value is for). */
const leafField = (path: readonly (string | number)[], fallback: () => string) =>
  [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? fallback();

/** Refuses NUL characters in string literals anywhere in the document. */
function checkLiterals(document: DocumentNode, names: () => FieldNames) {
  visit(document, {
    StringValue: (node) => {
      if (node.value.includes(NUL)) throw inputError(names().ofNode.get(node) ?? 'A string', `${MUST_NOT_CONTAIN_NUL}.`);
    },
  });
}

/**
 * Coerces each variable as graphql-js is about to (so the scalars' own checks run here), refusing
 * NUL characters in strings and object keys, nested inputs included.
 */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  names: () => FieldNames,
  hideSchemaDetails: boolean,
) {
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // validation already refused the operation
    const field = () => names().ofVariable.get(variable) ?? `$${variable}`;
    if (!Object.hasOwn(variables, variable)) {
      if (!definition.defaultValue && isNonNullType(type)) throw inputError(field(), 'is required.');
      continue;
    }
    const value = variables[variable];
    const nulAt = nulPath(value);
    if (nulAt) throw inputError(leafField(nulAt, field), `${MUST_NOT_CONTAIN_NUL}.`);
    let refused: GraphQLError | undefined;
    coerceInputValue(value, type, (path, _invalid, error) => {
      if (refused) return;
      const detail = error.extensions?.code === ErrorCode.BAD_USER_INPUT ? error.message : `is not valid: ${error.message}`;
      refused = inputError(leafField(path, field), hideSchemaDetails ? detail.replace(SUGGESTION, '') : detail);
    });
    if (refused) throw refused;
  }
}

export interface InputGuardOptions {
  /** Drop graphql-js's "Did you mean …?" from the messages (production). */
  hideSchemaDetails: boolean;
}

/**
 * Apollo plugin, in every subgraph and in the gateway: bad input is refused as `BAD_USER_INPUT`
 * naming the argument or input field (`extensions.field`), before execution — so before any resolver
 * and any SQL:
 *
 * - a scalar literal that fails its scalar (`from: "yesterday"`, `paymentDate: "2026-02-30"`): GraphQL
 *   validation reports the scalar's {@link scalarInputError}; this names the field in it (the masker
 *   then shows it as BAD_USER_INPUT rather than a validation failure);
 * - a variable that fails its type, checked as graphql-js would coerce it (at the gateway too, whose
 *   supergraph scalars otherwise accept anything, see `INPUT_SCALARS`);
 * - a NUL character (U+0000) in any string, literal or variable, nested inputs and object keys
 *   included: PostgreSQL refuses it in `text` and `jsonb`.
 */
export function inputGuardPlugin(options: InputGuardOptions): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      // Only worked out when some input is refused.
      let names: FieldNames | undefined;
      const namesOf = (document: DocumentNode) => () => (names ??= fieldNames(document));
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            for (const error of errors ?? []) {
              if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BAD_USER_INPUT) continue;
              const field = error.nodes?.[0] && namesOf(document)().ofNode.get(error.nodes[0]);
              if (!field) continue;
              error.message = `${field} ${error.message}`;
              Object.assign(error.extensions, { field });
            }
          };
        },
        async didResolveOperation({ document, operation, schema, request }) {
          checkLiterals(document, namesOf(document));
          if (operation) checkVariables(schema, operation, request.variables ?? {}, namesOf(document), options.hideSchemaDetails);
        },
      };
    },
  };
}
