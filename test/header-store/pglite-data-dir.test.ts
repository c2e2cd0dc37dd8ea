import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { preparePgliteDataDir } from '../../header-store/pglite-data-dir.js';
import { createPgliteHeaderStore } from '../../header-store/pglite-header-store.js';

// Two initdb-and-migrate runs' worth of PGlite work: minutes on a loaded 2-core machine, past .taprc's 120 s.
t.setTimeout(360_000);

void t.test('PGlite data dir: a child initdb without a template, a copy of one with it; both open a working store', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'voxring-pglite-dir-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const missingTemplate = join(dir, 'no-template');

  const template = join(dir, 'template');
  // A leftover without PG_VERSION (an initdb cut short) holds no database: it is replaced.
  await mkdir(template);
  await writeFile(join(template, 'leftover'), 'x');
  t.equal(await preparePgliteDataDir(template, { templateDir: missingTemplate }), 'initdb');
  t.ok((await stat(join(template, 'PG_VERSION'))).isFile());
  await t.rejects(stat(join(template, 'leftover')));
  // A marker in the template proves that the next data dir is its copy.
  const marked = await createPgliteHeaderStore({ dataDir: template, templateDir: missingTemplate });
  t.teardown(() => marked.close());
  await marked.migrate();
  const first = await marked.createUser('from-template', 'scrypt$t');
  t.same(await marked.findUserByName('from-template'), first, 'the child-initdb database works');
  await marked.close();

  const fromTemplate = join(dir, 'copy');
  t.equal(await preparePgliteDataDir(fromTemplate, { templateDir: template }), 'template');
  const store = await createPgliteHeaderStore({ dataDir: fromTemplate, templateDir: missingTemplate });
  t.teardown(() => store.close());
  await store.migrate();
  t.equal((await store.findUserByName('from-template'))?.username, 'from-template');
  await store.createUser('only-in-copy', 'scrypt$c');
  await store.close();

  t.equal(await preparePgliteDataDir(fromTemplate, { templateDir: missingTemplate }), undefined, 'an existing database is left alone');
  const reopened = await createPgliteHeaderStore({ dataDir: template, templateDir: missingTemplate });
  t.teardown(() => reopened.close());
  t.equal(await reopened.findUserByName('only-in-copy'), undefined, 'the template itself is not written');
  await reopened.close();
});
