import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildStudiosSchema, studiosModules } from './schema.js';

describe('studios schema', () => {
  it('gives every field a shield rule from exactly one module (deny by default would hide a forgotten one)', async () => {
    const schema = await buildStudiosSchema();
    const rules = studiosModules.permissions as Record<string, unknown>;
    const federation = new Set(['_service', '_entities']);
    const unruled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('_')) continue;
      const rule = rules[type.name] as Record<string, unknown> | undefined;
      const whole = rule && 'resolve' in rule;
      for (const field of Object.keys(type.getFields())) {
        if (federation.has(field) || whole || rule?.[field]) continue;
        unruled.push(`${type.name}.${field}`);
      }
    }
    expect(unruled).toEqual([]);
  });
});
