import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderPermissionsDoc } from './matrix.js';

/** `npm run docs:permissions`: writes docs/permissions.md from the permission matrix. */
writeFileSync(resolve(import.meta.dirname, '../../../docs/permissions.md'), renderPermissionsDoc());
console.log('wrote docs/permissions.md');
