import { describe, expect, it } from 'vitest';
import { allow, deny } from './shield.js';
import { composeModules, defineModule } from './module.js';

class ResolverA {}
class ResolverB {}

describe('composeModules', () => {
  it('lists every module’s parts and merges the rules of one type field by field', () => {
    const composed = composeModules([
      defineModule({ name: 'a', resolvers: [ResolverA], rules: { Query: { a: allow }, Studio: { a: allow } }, loaders: () => ({ one: 1 }) }),
      defineModule({ name: 'b', resolvers: [ResolverB], rules: { Studio: { b: deny } }, loaders: () => ({ two: 2 }) }),
    ]);
    expect(composed.resolvers).toEqual([ResolverA, ResolverB]);
    expect(Object.keys((composed.permissions as any).Studio)).toEqual(['a', 'b']);
    expect(composed.loaders({})).toEqual({ one: 1, two: 2 });
  });

  it('refuses two modules ruling one field, or one loader name twice, naming them', () => {
    expect(() =>
      composeModules([
        defineModule({ name: 'contract', resolvers: [ResolverA], rules: { Trainer: { contracts: allow } } }),
        defineModule({ name: 'trainer', rules: { Trainer: { contracts: allow } } }),
      ]),
    ).toThrow('Trainer.contracts is ruled by both module "contract" and module "trainer".');
    const twice = composeModules([
      defineModule({ name: 'a', resolvers: [ResolverA], loaders: () => ({ same: 1 }) }),
      defineModule({ name: 'b', loaders: () => ({ same: 2 }) }),
    ]);
    expect(() => twice.loaders({})).toThrow('Two modules define the loader "same".');
  });
});
