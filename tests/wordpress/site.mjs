// A throwaway WordPress for the end-to-end test, from Debian's packages: its own MariaDB
// (data folder and socket in a temporary folder, no network), its own Apache on a loopback
// port (its own configuration, not the system's sites), and Debian's per-host WordPress
// configuration (/etc/wordpress/config-<name>.php, chosen by WORDPRESS_CONFIG). close()
// stops both servers and removes the folder and the configuration file.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORDPRESS = '/usr/share/wordpress';
const MODULES = '/usr/lib/apache2/modules';
const WP_PHP = new URL('./wp.php', import.meta.url).pathname;

/** The Debian packages the test needs that are not installed (empty when all are). */
export function missingPackages() {
  const phpModule =
    existsSync(MODULES) && readdirSync(MODULES).some((name) => /^libphp[\d.]*\.so$/.test(name));
  const mysqli = ['/etc/php'].some(
    (dir) =>
      existsSync(dir) &&
      readdirSync(dir).some((version) => existsSync(`${dir}/${version}/mods-available/mysqli.ini`)),
  );
  return [
    ['wordpress', existsSync(`${WORDPRESS}/wp-settings.php`) && existsSync('/usr/bin/php')],
    ['mariadb-server', existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db')],
    ['apache2', existsSync('/usr/sbin/apache2')],
    ['libapache2-mod-php', phpModule],
    ['php-mysql', mysqli],
  ]
    .filter(([, present]) => !present)
    .map(([name]) => name);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stop(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const secret = () => randomBytes(24).toString('hex');

function wpConfig({ dir, url, password }) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT']
    .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
    .map((key) => `define('${key}', '${secret()}');`);
  return `<?php
// Written by tests/wordpress/site.mjs (cst-widgets) and removed when the test ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${dir}/mysql.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${dir}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
${keys.join('\n')}
$table_prefix = 'wp_';
`;
}

function apacheConfig({ dir, port, configName }) {
  const php = readdirSync(MODULES).find((name) => /^libphp[\d.]*\.so$/.test(name));
  return `ServerRoot /etc/apache2
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
User www-data
Group www-data
ErrorLog ${dir}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${MODULES}/mod_mpm_prefork.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule alias_module ${MODULES}/mod_alias.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule env_module ${MODULES}/mod_env.so
LoadModule php_module ${MODULES}/${php}
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${configName}
DocumentRoot ${WORDPRESS}
Alias /wp-content ${dir}/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${dir}/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
`;
}

/** A content folder of the site's own: Debian's theme and languages linked, the rest empty. */
function contentFolder(dir) {
  const content = join(dir, 'wp-content');
  for (const sub of ['plugins', 'themes', 'uploads', 'mu-plugins'])
    mkdirSync(join(content, sub), { recursive: true });
  symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'));
  symlinkSync(`${WORDPRESS}/wp-content/languages`, join(content, 'languages'));
  chownSync(join(content, 'uploads'), 33, 33);
  writeFileSync(join(dir, 'debug.log'), '');
  chmodSync(join(dir, 'debug.log'), 0o666);
  return content;
}

/**
 * Starts MariaDB and Apache and installs WordPress in `locale` (e.g. it_IT).
 * @returns {Promise<{ url: string, dir: string, content: string, wp: (task: object) => Promise<any>,
 *   debugLog: () => string, close: () => Promise<void> }>}
 */
export async function startSite({ locale = 'it_IT', timeoutMs = 60_000 } = {}) {
  const dir = mkdtempSync('/tmp/cst-wordpress-');
  chmodSync(dir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configName = `cst-widgets-test-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const password = secret();
  let database;
  let apache;
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    await stop(apache);
    await stop(database);
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  // If the test process dies, at least the servers and the configuration file go with it.
  const onExit = () => {
    apache?.kill('SIGKILL');
    database?.kill('SIGKILL');
    rmSync(configFile, { force: true });
  };
  process.once('exit', onExit);

  try {
    const content = contentFolder(dir);
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dir}/db`,
      '--user=root',
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
    database = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dir}/db`,
        `--socket=${dir}/mysql.sock`,
        `--pid-file=${dir}/mysql.pid`,
        `--log-error=${dir}/mysql.err`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(async () => existsSync(`${dir}/mysql.sock`), 'MariaDB', 20_000);
    await run('mariadb', [
      '--no-defaults',
      `--socket=${dir}/mysql.sock`,
      '-u',
      'root',
      '-e',
      `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}';` +
        ` GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
    ]);

    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(configFile, wpConfig({ dir, url, password }), { mode: 0o644 });
    writeFileSync(`${dir}/apache.conf`, apacheConfig({ dir, port, configName }));
    // In a process group of its own: on SIGTERM, Apache signals its whole group to stop its workers.
    apache = spawn('/usr/sbin/apache2', ['-f', `${dir}/apache.conf`, '-DFOREGROUND'], {
      stdio: 'ignore',
      detached: true,
    });
    await waitFor(async () => (await fetch(`${url}/wp-login.php`)).status > 0, 'Apache', 20_000);

    const admin = { user: 'admin', password: secret() };
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Comune di Prova',
        user_name: admin.user,
        admin_password: admin.password,
        admin_password2: admin.password,
        admin_email: 'admin@example.org',
        blog_public: '0',
        language: locale,
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const page = await install.text();
    if (!install.ok || !page.includes('wp-login.php'))
      throw new Error(`WordPress install failed:\n${page.slice(0, 2000)}`);

    /** Runs a task of wp.php as root from the command line. */
    const wp = async (task) => {
      const { stdout } = await run('php', [WP_PHP, configName, `127.0.0.1:${port}`, JSON.stringify(task)], {
        timeout: timeoutMs,
      });
      return JSON.parse(stdout);
    };
    const debugLog = () => readFileSync(`${dir}/debug.log`, 'utf8');
    return {
      url,
      dir,
      content,
      admin,
      wp,
      debugLog,
      close: async () => {
        process.removeListener('exit', onExit);
        await close();
      },
    };
  } catch (error) {
    await close();
    process.removeListener('exit', onExit);
    throw error;
  }
}
