import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, waitFor } from './free-port.ts';

/**
 * Debian's Dovecot on a free port, with its own config, passwd-file users and
 * Maildirs in a temp folder. Nothing is installed here: a missing `dovecot`
 * fails with the command that installs it.
 */
export interface DovecotInfo {
  host: string;
  port: number;
  baseDir: string;
  passwdDir: string;
  uid: number;
  gid: number;
}

export interface DovecotServer extends DovecotInfo {
  stop(): Promise<void>;
}

const DOVECOT_BINARIES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

export function findDovecot(): string {
  const found = DOVECOT_BINARIES.find((p) => existsSync(p));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v dovecot'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('dovecot is not installed: the integration tests need it. Install it with `apt-get install dovecot-imapd` (.ci/run does).');
  }
}

function mailIdentity(): { uid: number; gid: number; loginUser: string; internalUser: string } {
  if (process.getuid?.() === 0) {
    // As root, Dovecot drops privileges: logins as dovenull, internals as dovecot, mail as nobody.
    return { uid: 65534, gid: 65534, loginUser: 'dovenull', internalUser: 'dovecot' };
  }
  const me = userInfo();
  return { uid: me.uid, gid: me.gid, loginUser: me.username, internalUser: me.username };
}

export async function startDovecot(): Promise<DovecotServer> {
  const binary = findDovecot();
  const baseDir = await mkdtemp(join(tmpdir(), 'claimdesk-dovecot-'));
  // Dovecot's auth process (user dovecot) must reach the passwd file.
  await chmod(baseDir, 0o755);
  const port = await freePort();
  const id = mailIdentity();
  // One passwd file per user: Dovecot reads a new file at the first login, where an appended
  // line in a shared file can go unnoticed for a second (it re-stats the file at most once a second).
  const passwdDir = join(baseDir, 'users');
  await mkdir(passwdDir);
  await mkdir(join(baseDir, 'home'));
  await chown(join(baseDir, 'home'), id.uid, id.gid);
  const nonRoot = process.getuid?.() !== 0;
  const conf = `
base_dir = ${baseDir}/run
state_dir = ${baseDir}/state
log_path = ${baseDir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${id.loginUser}
default_internal_user = ${id.internalUser}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mailbox_idle_check_interval = 1 secs
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n ${passwdDir}/%n
}
userdb {
  driver = passwd-file
  args = username_format=%n ${passwdDir}/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
${nonRoot ? '  chroot =\n' : ''}}
${nonRoot ? 'service anvil {\n  chroot =\n}\n' : ''}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
`;
  const confFile = join(baseDir, 'dovecot.conf');
  await writeFile(confFile, conf);
  const child: ChildProcess = spawn(binary, ['-F', '-c', confFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`dovecot exited at start: ${output}${await readFile(join(baseDir, 'dovecot.log'), 'utf8').catch(() => '')}`);
        return canConnect(port);
      },
      `dovecot on port ${port}`,
      15_000,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    host: '127.0.0.1',
    port,
    baseDir,
    passwdDir,
    uid: id.uid,
    gid: id.gid,
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, 5_000)))]);
        clearTimeout(timer);
        if (!exited) child.kill('SIGKILL');
      }
      await rm(baseDir, { recursive: true, force: true });
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('data', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export interface MailUser {
  user: string;
  pass: string;
  address: string;
  home: string;
  imapUrl(folder?: string): string;
  /** Delivers like an MTA: written to tmp/, renamed into new/. */
  deliver(raw: string | Buffer, folder?: string): Promise<string>;
  /** Writes many messages straight into cur/ (before Dovecot has indexed the folder): 10,000 in about 2 s. */
  seed(raws: (string | Buffer)[], folder?: string): Promise<void>;
}

let counter = 0;

/** A fresh passwd-file user with an empty Maildir. */
export async function createMailUser(info: DovecotInfo, name = `u${randomBytes(4).toString('hex')}`): Promise<MailUser> {
  const pass = randomBytes(6).toString('hex');
  const home = join(info.baseDir, 'home', name);
  await mkdir(home);
  await chown(home, info.uid, info.gid);
  await writeFile(join(info.passwdDir, name), `${name}:{PLAIN}${pass}:${info.uid}:${info.gid}::${home}::\n`);
  const address = `${name}@shop.test`;

  const folderDir = async (folder: string) => {
    const root = join(home, 'Maildir');
    const dir = folder === 'INBOX' ? root : join(root, `.${folder.replace(/\//g, '.')}`);
    for (const d of [root, dir, join(dir, 'cur'), join(dir, 'new'), join(dir, 'tmp')]) {
      if (!existsSync(d)) {
        await mkdir(d, { recursive: true });
        await chown(d, info.uid, info.gid);
      }
    }
    if (dir !== root && !existsSync(join(dir, 'maildirfolder'))) {
      await writeFile(join(dir, 'maildirfolder'), '');
      await chown(join(dir, 'maildirfolder'), info.uid, info.gid);
    }
    return dir;
  };
  const fileName = () => `${Math.floor(Date.now() / 1000)}.M${++counter}P${process.pid}.claimdesk-test`;

  return {
    user: name,
    pass,
    address,
    home,
    imapUrl: (folder = 'INBOX') => `imap://${name}:${pass}@${info.host}:${info.port}/${encodeURIComponent(folder)}`,
    async deliver(raw, folder = 'INBOX') {
      const dir = await folderDir(folder);
      const name = fileName();
      await writeFile(join(dir, 'tmp', name), raw);
      await chown(join(dir, 'tmp', name), info.uid, info.gid);
      await rename(join(dir, 'tmp', name), join(dir, 'new', name));
      return name;
    },
    async seed(raws, folder = 'INBOX') {
      const dir = await folderDir(folder);
      const queue = raws.map((raw, i) => ({ raw, name: `${1_700_000_000 + i}.M${++counter}P${process.pid}.seed:2,` }));
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const p = join(dir, 'cur', item.name);
          await writeFile(p, item.raw);
          await chown(p, info.uid, info.gid);
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
    },
  };
}
