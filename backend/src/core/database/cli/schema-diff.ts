import { DataSource } from 'typeorm';

/**
 * The SQL that would bring the database's schema in line with the entities, after every
 * migration has run. Empty means the migrations describe the entities exactly.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  await dataSource.runMigrations({ transaction: 'each' });
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query).reverse(),
  };
}
