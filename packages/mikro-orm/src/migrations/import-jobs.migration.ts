import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { importJobsUp } from './import-jobs.sql';

/**
 * Bulk import jobs (`roster_import_jobs`): a job's counts, row errors, high-water mark and file.
 * Fixed SQL per dialect, `if not exists`, like the other migrations.
 */
export class RosterImportJobsMigration extends Migration {
  override up(): void {
    for (const statement of importJobsUp(this.dialect())) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_import_jobs${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
