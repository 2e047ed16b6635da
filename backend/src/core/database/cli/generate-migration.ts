import 'reflect-metadata';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { AppConfig } from '../../config/app-config';
import { createDataSource } from '../data-source';
import { pendingSchemaChanges } from './schema-diff';

/**
 * Writes a migration for whatever the entities changed since the last migration, computed on a
 * throwaway in-memory database. Usage: npm run migration:generate -- add-tender-lots
 */
async function main() {
  const name = (process.argv[2] ?? '').replace(/[^a-z0-9-]/gi, '-').toLowerCase();
  if (!name) throw new Error('Give the migration a name: npm run migration:generate -- add-tender-lots');
  const config = AppConfig.fromEnv({ DATA_DIR: 'memory://', SECRET_KEY: 'x'.repeat(32), NODE_ENV: 'development' });
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const { up, down } = await pendingSchemaChanges(dataSource);
  await dataSource.destroy();
  if (up.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('') + timestamp;
  const sourceDir = resolve(__dirname.replace(/dist[/\\]backend[/\\]/, ''), '../migrations');
  const file = join(sourceDir, `${timestamp}-${name}.ts`);
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
  );
  const index = join(sourceDir, 'index.ts');
  const source = readFileSync(index, 'utf8');
  const withImport = `import { ${className} } from './${timestamp}-${name}';\n` + source;
  writeFileSync(index, withImport.replace(/export const MIGRATIONS: \(new \(\) => MigrationInterface\)\[\] = \[([^\]]*)\];/, (_m, list: string) => `export const MIGRATIONS: (new () => MigrationInterface)[] = [${[list.trim().replace(/,$/, ''), className].filter(Boolean).join(', ')}];`));
  console.log(`Wrote ${file} (${up.length} statements) and added it to migrations/index.ts.`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
