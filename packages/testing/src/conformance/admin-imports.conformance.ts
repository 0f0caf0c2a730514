import { describe, expect, it } from '@jest/globals';
import { ADMIN_JSON, adminKeys, BASE, expectProblem, type AdminAnswer, type AdminSend } from './admin-client';

const IMPORTS = `${BASE}/imports`;
const IMPORT_KEYS = ['created', 'created_at', 'errors', 'failed', 'format', 'id', 'mark', 'rows', 'status', 'updated_at', 'validate_only'];
const CSV = { 'Content-Type': 'text/csv' };

let sequence = 0;
const fresh = (label: string): string => `${label}-${process.pid}-${Date.now()}-${++sequence}`;

/** A CSV file with a header row: `email,firstName,lastName` and one line per e-mail. */
function csv(emails: readonly string[]): string {
  return ['email,firstName,lastName', ...emails.map((email, index) => `${email},Imported,Number ${index + 1}`)].join('\n') + '\n';
}

/** docs/dialects/admin.md, "Bulk import": a job started by POST, polled by GET until it is done. */
export function describeAdminImportsConformance(send: () => AdminSend): void {
  describe('admin: bulk import', () => {
    const start = async (body: string, path = IMPORTS, headers: Record<string, string> = CSV): Promise<AdminAnswer> =>
      send()('POST', path, { raw: body, headers });
    /** Every live user's e-mail in the acme tenant, page by page. */
    const allEmails = async (): Promise<string[]> => {
      const emails: string[] = [];
      let next: string | null = null;
      do {
        const page: AdminAnswer = await send()('GET', `${BASE}/users?limit=100${next === null ? '' : `&after=${next}`}`);
        expect(page.status).toBe(200);
        emails.push(...(page.json.data as { email: string | null }[]).map((user) => user.email ?? ''));
        next = page.json.next as string | null;
      } while (next !== null);
      return emails;
    };
    /** Polls the job until it has stopped (a bounded number of reads, never a timed check). */
    const finished = async (id: string): Promise<Record<string, any>> => {
      for (let attempt = 0; attempt < 400; attempt++) {
        const answer = await send()('GET', `${IMPORTS}/${id}`);
        expect([answer.status, answer.headers['content-type']]).toEqual([200, ADMIN_JSON]);
        if (answer.json.status === 'done' || answer.json.status === 'failed') return answer.json as Record<string, any>;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`the import ${id} did not finish`);
    };

    it('POST 202 with the job and its Location; GET until done: 48 created, the 2 bad rows by line, field and code', async () => {
      const run = fresh('import');
      const emails = Array.from({ length: 50 }, (_, index) => `${run}.${index + 1}@example.com`);
      emails[9] = 'admin@acme.example.com'; // line 11: taken by the fixture's admin
      emails[29] = 'not an e-mail'; // line 31
      const answer = await start(csv(emails));
      expect([answer.status, answer.headers['content-type']]).toEqual([202, ADMIN_JSON]);
      expect(Object.keys(answer.json).sort()).toEqual(IMPORT_KEYS);
      expect(answer.json).toMatchObject({ format: 'csv', validate_only: false, rows: 50 });
      expect(answer.json.id).toMatch(/^imp_/);
      expect(answer.headers.location).toBe(`${IMPORTS}/${answer.json.id}`);
      const job = await finished(answer.json.id as string);
      expect([job.status, job.rows, job.created, job.failed, job.mark]).toEqual(['done', 50, 48, 2, 51]);
      const errors = job.errors as { line: number; field: string | null; code: string; message: string }[];
      expect(errors.map((error) => [error.line, error.code])).toEqual([
        [11, 'EMAIL_TAKEN'],
        [31, 'VALIDATION_FAILED'],
      ]);
      expect(errors[0]!.field).toBe('email');
      expect(errors.every((error) => typeof error.message === 'string' && error.message !== '')).toBe(true);
      expect((await allEmails()).filter((email) => email.startsWith(`${run}.`))).toHaveLength(48);
    }, 60_000);

    it('NDJSON is taken too; validate_only=true checks every row and creates nobody; an Idempotency-Key replays the job', async () => {
      const run = fresh('validate');
      const ndjson = [1, 2, 3].map((n) => JSON.stringify({ email: `${run}.${n}@example.com`, firstName: 'Checked' })).join('\n');
      const headers = { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Idempotency-Key': run };
      const answer = await start(ndjson, `${IMPORTS}?validate_only=true`, headers);
      expect(answer.status).toBe(202);
      expect(answer.json).toMatchObject({ format: 'ndjson', validate_only: true, rows: 3, created: 0 });
      const replayed = await start(ndjson, `${IMPORTS}?validate_only=true`, headers);
      expect([replayed.status, replayed.headers['idempotent-replayed'], replayed.json.id]).toEqual([202, 'true', answer.json.id]);
      const checked = await finished(answer.json.id as string);
      expect([checked.status, checked.created, checked.failed, checked.errors]).toEqual(['done', 0, 0, []]);
      // Had the check created anyone, the same file for real would meet EMAIL_TAKEN.
      const real = await start(ndjson, IMPORTS, { 'Content-Type': 'application/x-ndjson' });
      const done = await finished(real.json.id as string);
      expect([done.status, done.created, done.failed]).toEqual(['done', 3, 0]);
    }, 60_000);

    it('415 for another media type, 400 for a wrong validate_only, 403 without user:manage (read too), 404 for another tenant’s job', async () => {
      expectProblem(
        await start(csv(['a@example.com']), IMPORTS, { 'Content-Type': 'application/json' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Unsupported media type',
      );
      expectProblem(await start(csv(['a@example.com']), IMPORTS, {}), 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type');
      expectProblem(await start('email\n', `${IMPORTS}?validate_only=yes`), 400, 'VALIDATION_FAILED', 'The request is invalid');
      const readOnly = await send()('POST', IMPORTS, { raw: 'email\n', headers: CSV, token: adminKeys.readOnly });
      expectProblem(readOnly, 403, 'PERMISSION_DENIED', 'The credential lacks the permission');
      const own = await start(`email\n${fresh('scoped')}@example.com\n`);
      expect(own.status).toBe(202);
      expectProblem(
        await send()('GET', `${IMPORTS}/${own.json.id}`, { token: adminKeys.globex }),
        404,
        'IMPORT_NOT_FOUND',
        'No such import',
      );
      expectProblem(await send()('GET', `${IMPORTS}/imp_nothing`), 404, 'IMPORT_NOT_FOUND', 'No such import');
      const readByReadOnly = await send()('GET', `${IMPORTS}/${own.json.id}`, { token: adminKeys.readOnly });
      expectProblem(readByReadOnly, 403, 'PERMISSION_DENIED', 'The credential lacks the permission');
      expect((await finished(own.json.id as string)).created).toBe(1);
      const wrong = await send()('GET', IMPORTS);
      expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
      expect(wrong.headers.allow).toBe('POST');
    }, 60_000);
  });
}
