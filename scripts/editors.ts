// `npm run editors -- add <name>`       a new editor; their secret is printed once (give it to them)
// `npm run editors -- reset <name>`     a new secret for an editor (their sessions end)
// `npm run editors -- remove <name>`    an editor goes (their sessions end; their corrections stay, signed)
// `npm run editors -- list`
// `npm run editors -- hash <name>`      no database: a new secret, and the JYLNAMA_EDITORS entry that holds it
// The database is the app's (DATABASE_URL, else the embedded one in JYLNAMA_DATA_DIR, default .jylnama/data).
// The embedded one serves one process: with the server running, this waits for it (and says so), or use `hash`.
import { openDatabase, type CorpusDatabase } from '../app/_lib/db/open';
import { EditorsRepository } from '../app/_lib/db/editors-repository';
import { databaseSetting } from '../app/_lib/db/setting';
import { hashSecret, newSecret, validEditorName } from '../app/_lib/editors/secret';

const USAGE = 'usage: npm run editors -- add|reset|remove|hash <name> | list';

async function open(): Promise<CorpusDatabase> {
  const setting = databaseSetting();
  if (!setting) throw new Error('there is no database (JYLNAMA_DATA_DIR=off without DATABASE_URL): editors need one');
  const options = 'url' in setting ? { url: setting.url } : { dataDir: setting.dataDir };
  for (let said = false; ;) {
    try {
      return await openDatabase(options);
    } catch (e) {
      const message = (e as Error).message;
      // The embedded database while a server holds it: wait for it, saying so once.
      if (!/in use by process/.test(message)) throw e;
      if (!said)
        console.error(
          `editors: ${message}\neditors: waiting for it to be free (Ctrl-C to stop; or use "hash" and JYLNAMA_EDITORS)…`,
        );
      said = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv.filter((a) => a !== '--');
  if (command === 'list') {
    const db = await open();
    try {
      for (const e of await new EditorsRepository(db.db).list())
        console.log(`${e.name}\t(added ${e.createdAt.toISOString().slice(0, 10)})`);
    } finally {
      await db.close();
    }
    return 0;
  }
  if (!command || !name || !['add', 'reset', 'remove', 'hash'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (!validEditorName(name)) {
    console.error('editors: a name is 2 to 40 letters, digits, dots, dashes or underscores');
    return 2;
  }
  if (command === 'hash') {
    const secret = newSecret();
    console.log(`secret for ${name} (give it to them; it is not kept anywhere): ${secret}`);
    console.log(`JYLNAMA_EDITORS entry: ${name}=${await hashSecret(secret)}`);
    return 0;
  }
  const db = await open();
  try {
    const repo = new EditorsRepository(db.db);
    if (command === 'remove') {
      if (!(await repo.remove(name))) {
        console.error(`editors: there is no editor "${name}"`);
        return 1;
      }
      console.log(`removed ${name}`);
      return 0;
    }
    const secret = newSecret();
    const hash = await hashSecret(secret);
    if (command === 'add' && !(await repo.add(name, hash))) {
      console.error(`editors: "${name}" is an editor already (reset gives them a new secret)`);
      return 1;
    }
    if (command === 'reset') {
      if ((await repo.secretHash(name)) === null) {
        console.error(`editors: there is no editor "${name}"`);
        return 1;
      }
      await repo.put(name, hash);
    }
    console.log(`${command === 'add' ? 'added' : 'new secret for'} ${name}; their secret (shown this once): ${secret}`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`editors: ${e.message}`);
    process.exit(1);
  },
);
