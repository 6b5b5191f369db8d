import { scopesOfDirectives } from '@fitflow/kit';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, ROOT } from './compose.js';

/** App scopes in the composed schemas (docs/scopes.md): in the supergraph for routers, not in the API schema for clients. */
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

/** Object types of an SDL by name, with their own scopes and each field's (null: none). */
function scopesIn(sdl: string) {
  const types = new Map<string, { own: string[][] | null; fields: Map<string, string[][] | null> }>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    types.set(type.name.value, {
      own: scopesOfDirectives(type.directives),
      fields: new Map((type.fields ?? []).map((f) => [f.name.value, scopesOfDirectives(f.directives)])),
    });
  }
  return types;
}
const supergraph = () => scopesIn(read(OUTPUTS.supergraph));
const field = (types: ReturnType<typeof scopesIn>, coordinate: string) => {
  const [type, name] = coordinate.split('.');
  return types.get(type)?.fields.get(name) ?? types.get(type)?.own ?? null;
};

describe('the supergraph carries the subgraphs’ @requiresScopes', () => {
  it('on the timetable, the client records, the invoices and the bookings', () => {
    const types = supergraph();
    expect(field(types, 'Studio.appointments')).toEqual([['schedule:read']]);
    expect(field(types, 'Appointment.placesLeft')).toEqual([['schedule:read']]);
    expect(field(types, 'Query.clients')).toEqual([['clients:read']]);
    expect(field(types, 'Appointment.participants')).toEqual([['clients:read']]);
    expect(field(types, 'Client.medicalInfo')).toEqual([['clients:read']]);
    expect(field(types, 'Trainer.invoices')).toEqual([['invoices:read']]);
    expect(types.get('Invoice')?.own).toEqual([['invoices:read']]);
    expect(field(types, 'Mutation.bookClient')).toEqual([['bookings:write']]);
    expect(field(types, 'Studio.id')).toEqual([['schedule:read'], ['invoices:read']]);
  });

  it('and nothing on what no app may reach', () => {
    const types = supergraph();
    for (const coordinate of [
      'Appointment.rate',
      'Client.sessionNotes',
      'Client.trainingPlans',
      'Query.myAccessLog',
      'Query.me',
      'Studio.contracts',
      'Mutation.createClient',
    ]) {
      expect(field(types, coordinate), coordinate).toBeNull();
    }
  });

  it('links the requiresScopes spec for SECURITY (routers must enforce it or refuse the supergraph)', () => {
    expect(read(OUTPUTS.supergraph)).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/v0\.1", for: SECURITY\)/);
  });
});

describe('the API schema', () => {
  it('does not show clients the scopes directive', () => {
    const api = read(OUTPUTS.api);
    expect(api).not.toContain('requiresScopes');
    expect(api).toMatch(/appointments\(/);
  });
});

describe('the subgraphs', () => {
  const subgraphs = readdirSync(resolve(ROOT, 'schema/subgraphs')).map((file) => ({
    name: file.replace('.graphql', ''),
    types: scopesIn(read(`schema/subgraphs/${file}`)),
  }));

  it('give a field they share the same scopes everywhere (composition would keep only what all of them allow)', () => {
    const seen = new Map<string, { subgraph: string; scopes: string[][] | null }>();
    const differing: string[] = [];
    for (const { name, types } of subgraphs) {
      for (const [type, { own, fields }] of types) {
        for (const [fieldName, scopes] of fields) {
          const coordinate = `${type}.${fieldName}`;
          const effective = scopes ?? own;
          const first = seen.get(coordinate);
          if (!first) seen.set(coordinate, { subgraph: name, scopes: effective });
          else if (JSON.stringify(first.scopes) !== JSON.stringify(effective)) differing.push(`${coordinate} (${first.subgraph} ≠ ${name})`);
        }
      }
    }
    expect(subgraphs.length).toBeGreaterThan(4);
    expect(differing).toEqual([]);
  });

  it('open nothing of identity to apps: accounts, sign-in, MFA, security events, apps', () => {
    const identity = subgraphs.find((s) => s.name === 'identity')!;
    const open = [...identity.types]
      .filter(([type]) => type !== 'PageInfo')
      .flatMap(([type, { own, fields }]) => [...fields].filter(([, scopes]) => scopes ?? own).map(([f]) => `${type}.${f}`));
    expect(identity.types.size).toBeGreaterThan(3);
    expect(open).toEqual([]);
  });
});
