#!/usr/bin/env node
// `npm run test:e2e`: Report Lens in real editors.
//
//   1. build        dist/*.js (esbuild) and out/test/** (tsc: the extension-host suite)
//   2. package      `npm run package` -> test/e2e/artifacts/report-lens.vsix
//   3. setup        test/e2e/setup.sh: Debian packages + code-server in .e2e-cache/ (idempotent)
//   4. electron     the suite in desktop VS Code via @vscode/test-electron, when one is available
//   5. code-server  the suite in a real VS Code workbench (code-server + headless Chromium), twice:
//                   dev     - the checkout as extensionDevelopmentPath
//                   vsix    - the packaged .vsix installed with --install-extension
//   6. screenshots  docs/images/*.png taken in the vsix workbench
//   7. neovim       Neovim 0.7 headless as a second LSP client of dist/server.js --stdio
//
// Every wait has a deadline; every code-server runs in its own process group and the group is
// killed at the end, on failure and on SIGINT/SIGTERM. Logs and failure screenshots go to
// test/e2e/artifacts/ (ignored by git). Environment:
//   REPORT_LENS_VSCODE_EXECUTABLE  desktop VS Code binary for step 4 (otherwise step 4 is skipped)
//   REPORT_LENS_VSCODE_DOWNLOAD=1  let @vscode/test-electron download VS Code for step 4
//   REPORT_LENS_CHROMIUM           browser binary (default /usr/bin/chromium)
//   REPORT_LENS_E2E_ONLY           comma list of steps to run (e.g. "code-server,neovim"), for debugging
//   REPORT_LENS_E2E_NO_SETUP=1     do not run setup.sh (tools already installed by other means)

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ART = path.join(ROOT, 'test/e2e/artifacts');
const CACHE = path.join(ROOT, '.e2e-cache');
const CS_ENTRY = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const SUITE_INDEX = path.join(ROOT, 'out/test/e2e/suite/index.js');
const VSIX = path.join(ART, 'report-lens.vsix');
const SHOTS = path.join(ROOT, 'docs/images');
const CHROMIUM = process.env.REPORT_LENS_CHROMIUM || '/usr/bin/chromium';
const EXTENSION_ID = 'report-lens.report-lens';

const ONLY = (process.env.REPORT_LENS_E2E_ONLY || '').split(',').map((s) => s.trim()).filter(Boolean);
const T0 = Date.now();

// ------------------------------------------------------------------------------------------------
// logging, steps, deadlines

function log(msg) {
  const t = ((Date.now() - T0) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`[e2e ${t}s] ${msg}\n`);
}

class Skip extends Error {}

/** @type {{name: string, status: 'passed'|'failed'|'skipped', seconds: number, note: string}[]} */
const results = [];

async function step(name, fn) {
  if (ONLY.length && !ONLY.includes(name)) return;
  log(`=== ${name} ===`);
  const start = Date.now();
  let status = 'passed';
  let note = '';
  try {
    note = (await fn()) || '';
  } catch (err) {
    if (err instanceof Skip) {
      status = 'skipped';
      note = err.message;
    } else {
      status = 'failed';
      note = err instanceof Error ? err.message : String(err);
      if (err instanceof Error && err.stack && !(err instanceof DeadlineError)) log(err.stack);
    }
  }
  const seconds = (Date.now() - start) / 1000;
  results.push({ name, status, seconds, note });
  log(`=== ${name}: ${status.toUpperCase()} in ${seconds.toFixed(1)} s${note ? ` — ${note}` : ''}`);
  return status;
}

class DeadlineError extends Error {}

/** Resolves like `promise`, or rejects with a message naming what was awaited after `ms`. */
function deadline(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineError(`deadline of ${ms / 1000} s passed waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs a command with inherited output; rejects on non-zero exit or after `ms`. */
function run(cmd, args, { ms = 300_000, env = {}, cwd = ROOT, quiet = false, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'w') : quiet ? 'ignore' : 'inherit';
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
    groups.add(child.pid);
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new DeadlineError(`deadline of ${ms / 1000} s passed: ${cmd} ${args.join(' ')}`));
    }, ms);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      groups.delete(child.pid);
      if (typeof out === 'number') fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code ?? signal}${logFile ? ` (log: ${path.relative(ROOT, logFile)})` : ''}`));
    });
  });
}

// ------------------------------------------------------------------------------------------------
// process groups: everything long-lived is started detached (its own group) and killed as a group

const groups = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(pid, what) {
  if (!groupAlive(pid)) {
    groups.delete(pid);
    return;
  }
  killGroup(pid, 'SIGTERM');
  const until = Date.now() + 5000;
  while (groupAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) {
    log(`${what} (process group ${pid}) ignored SIGTERM for 5 s; sending SIGKILL`);
    killGroup(pid, 'SIGKILL');
  }
  groups.delete(pid);
}

function killAllGroupsSync() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
}
process.on('exit', killAllGroupsSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`received ${sig}: killing ${groups.size} process group(s)`);
    killAllGroupsSync();
    process.exit(130);
  });
}

// ------------------------------------------------------------------------------------------------
// small utilities

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Is `host` reachable over HTTPS within a few seconds? Returns undefined or the reason it is not. */
function unreachable(host) {
  return new Promise((resolve) => {
    const req = https.request({ host, method: 'HEAD', path: '/', timeout: 5000 }, (res) => {
      res.resume();
      resolve(undefined);
    });
    req.on('error', (err) => resolve(err.code || err.message));
    req.on('timeout', () => {
      req.destroy();
      resolve('timeout after 5 s');
    });
    req.end();
  });
}

/** A fresh copy of the corpus reports: the suite edits 001, the originals must stay untouched. */
function makeWorkspace(name) {
  const dir = path.join(ART, 'workspaces', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const fixtures = path.join(ROOT, 'test/fixtures');
  for (const f of fs.readdirSync(fixtures)) {
    if (/^\d{3}_.*\.txt$/.test(f)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  }
  // Two reports of one invented county that disagree on GDP (the cross-report test opens one).
  fs.cpSync(path.join(fixtures, 'cross-report'), path.join(dir, 'county'), { recursive: true });
  return dir;
}

/** User settings for a quiet, reproducible workbench (no welcome page, tips, update checks). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Light Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.hover.delay': 200,
  'editor.lightbulb.enabled': 'on',
  'outline.collapseItems': 'alwaysCollapse',
  'files.hotExit': 'off',
};

// ------------------------------------------------------------------------------------------------
// code-server + Chromium

async function startCodeServer(name, { extensionsDir, env = {} }) {
  if (!fs.existsSync(CS_ENTRY)) throw new Error(`code-server is not installed (${path.relative(ROOT, CS_ENTRY)}); run test/e2e/setup.sh`);
  const dir = path.join(ART, `code-server-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const userDataDir = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.mkdirSync(extensionsDir, { recursive: true });
  const port = await freePort();
  // Our own config file, so code-server never reads or writes ~/.config/code-server.
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      CS_ENTRY,
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true },
  );
  fs.closeSync(out);
  groups.add(child.pid);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = code ?? signal;
  });
  const until = Date.now() + 60_000;
  while (!(await httpOk(`http://127.0.0.1:${port}/healthz`))) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before listening; see ${path.relative(ROOT, logFile)}`);
    if (Date.now() > until) {
      await stopGroup(child.pid, 'code-server');
      throw new DeadlineError(`code-server did not answer /healthz within 60 s; see ${path.relative(ROOT, logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server (${name}) listening on 127.0.0.1:${port}, process group ${child.pid}, log ${path.relative(ROOT, logFile)}`);
  return {
    port,
    dir,
    logFile,
    remote: (abs) => `vscode-remote://127.0.0.1:${port}${abs}`,
    stop: () => stopGroup(child.pid, `code-server (${name})`),
  };
}

async function launchBrowser(profileName) {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM} (Debian package chromium; set REPORT_LENS_CHROMIUM)`);
  const profile = path.join(ART, 'chromium', profileName);
  fs.rmSync(profile, { recursive: true, force: true });
  fs.mkdirSync(profile, { recursive: true });
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  const context = await deadline(
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      timeout: 60_000,
    }),
    90_000,
    'Chromium to start',
  );
  return context;
}

function workbenchUrl(server, folder, payload) {
  let url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * Opens the workbench with a test payload; the workbench starts the remote extension host, which
 * loads the suite and, when it settles, calls window.codeAutomationExit(code).
 */
async function runSuiteInWorkbench(server, { name, folder, payload, resultsFile }) {
  const context = await launchBrowser(`suite-${name}`);
  const pageLog = path.join(server.dir, 'workbench.log');
  const logStream = fs.createWriteStream(pageLog);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    // Must be exposed before the workbench loads: it looks the functions up on window.
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      logStream.write(`[${type}] ${text}\n`);
      // The workbench asks the extension gallery (open-vsx.org) for updates and recommendations;
      // offline that fails on every start and says nothing about Report Lens, so it stays in the log.
      if (type === 'error' && !/ENOTFOUND open-vsx\.org/.test(text)) log(`  workbench error: ${text.split('\n')[0].slice(0, 300)}`);
    });
    page.on('pageerror', (err) => logStream.write(`[pageerror] ${err.stack || err}\n`));
    page.on('console', (msg) => logStream.write(`[console.${msg.type()}] ${msg.text()}\n`));

    const url = workbenchUrl(server, folder, payload);
    log(`opening workbench: ${url.slice(0, 120)}…`);
    await page.goto(url, { timeout: 60_000, waitUntil: 'domcontentloaded' });
    let code;
    try {
      code = await deadline(exited, 240_000, 'the extension-host suite to call codeAutomationExit');
    } catch (err) {
      await page.screenshot({ path: path.join(server.dir, 'timeout.png') }).catch(() => {});
      throw err;
    }
    const summary = printSuiteResults(resultsFile);
    if (code !== 0) {
      await page.screenshot({ path: path.join(server.dir, 'failure.png') }).catch(() => {});
      throw new Error(`suite exited with code ${code}: ${summary} (logs: ${path.relative(ROOT, server.dir)}/)`);
    }
    return summary;
  } finally {
    logStream.end();
    await context.close().catch(() => {});
  }
}

function printSuiteResults(resultsFile) {
  if (!fs.existsSync(resultsFile)) {
    log('  no results file: the suite did not run (extension host failed to load it?)');
    return 'no results';
  }
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const t of r.tests) {
    log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title} (${t.durationMs} ms)`);
    if (t.error) for (const line of t.error.split('\n').slice(0, 8)) log(`      ${line}`);
  }
  return `${r.passed} passed, ${r.failed} failed`;
}

// ------------------------------------------------------------------------------------------------
// the steps

async function buildStep() {
  await run('npm', ['run', '--silent', 'build']);
  // tsc also compiles the rest of the project; a type error elsewhere must not hide the e2e result
  // (npm test and typecheck report it), as long as the suite itself was emitted.
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  } catch (err) {
    if (!fs.existsSync(SUITE_INDEX)) throw err;
    log(`warning: tsc reported errors (see above); continuing with the emitted suite`);
  }
  for (const f of ['dist/client.js', 'dist/server.js', SUITE_INDEX]) {
    if (!fs.existsSync(path.resolve(ROOT, f))) throw new Error(`build did not produce ${f}`);
  }
}

async function packageStep() {
  fs.rmSync(VSIX, { force: true });
  await run('npm', ['run', '--silent', 'package', '--', '--out', VSIX]);
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not write ${path.relative(ROOT, VSIX)}`);
  return `${path.relative(ROOT, VSIX)} (${(fs.statSync(VSIX).size / 1024).toFixed(0)} KB)`;
}

async function setupStep() {
  if (process.env.REPORT_LENS_E2E_NO_SETUP === '1') throw new Skip('REPORT_LENS_E2E_NO_SETUP=1');
  await run('bash', [path.join(ROOT, 'test/e2e/setup.sh')], { ms: 900_000 });
}

async function electronStep() {
  let executable = process.env.REPORT_LENS_VSCODE_EXECUTABLE;
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  if (!executable && process.env.REPORT_LENS_VSCODE_DOWNLOAD === '1') {
    executable = await deadline(downloadAndUnzipVSCode({ version: 'stable', cachePath: path.join(CACHE, 'vscode-test') }), 600_000, 'the VS Code download');
  }
  if (!executable) {
    const why = await unreachable('update.code.visualstudio.com');
    throw new Skip(
      'no desktop VS Code: REPORT_LENS_VSCODE_EXECUTABLE is not set' +
        (why ? `, its download host update.code.visualstudio.com is unreachable (${why})` : ' (set REPORT_LENS_VSCODE_DOWNLOAD=1 to download it)') +
        ', and neither npm nor Debian ships a VS Code or Electron binary. The same suite runs in the code-server workbench below.',
    );
  }
  if (!fs.existsSync(executable)) throw new Error(`REPORT_LENS_VSCODE_EXECUTABLE=${executable} does not exist`);
  const dir = path.join(ART, 'electron');
  fs.rmSync(dir, { recursive: true, force: true });
  const resultsFile = path.join(dir, 'results.json');
  try {
    await deadline(
      runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: SUITE_INDEX,
        extensionTestsEnv: { REPORT_LENS_E2E_RESULTS: resultsFile },
        launchArgs: [
          makeWorkspace('electron'),
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          `--user-data-dir=${path.join(dir, 'user-data')}`,
          `--extensions-dir=${path.join(dir, 'extensions')}`,
        ],
      }),
      300_000,
      'the suite in desktop VS Code',
    );
  } finally {
    printSuiteResults(resultsFile);
  }
}

async function codeServerDevStep() {
  const resultsFile = path.join(ART, 'code-server-dev-results.json');
  fs.rmSync(resultsFile, { force: true });
  const server = await startCodeServer('dev', {
    extensionsDir: path.join(ART, 'code-server-dev-extensions'),
    env: { REPORT_LENS_E2E_RESULTS: resultsFile },
  });
  try {
    return await runSuiteInWorkbench(server, {
      name: 'dev',
      folder: makeWorkspace('dev'),
      resultsFile,
      payload: [
        ['extensionDevelopmentPath', server.remote(ROOT)],
        ['extensionTestsPath', server.remote(SUITE_INDEX.replace(/\.js$/, ''))],
      ],
    });
  } finally {
    await server.stop();
  }
}

/** The vsix server is shared by the vsix suite run and the screenshots. */
let vsixServer;

async function installVsix(extensionsDir) {
  if (!fs.existsSync(VSIX)) throw new Error(`${path.relative(ROOT, VSIX)} is missing (the package step failed)`);
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const userData = path.join(ART, 'code-server-install-user-data');
  fs.rmSync(userData, { recursive: true, force: true });
  await run(
    process.execPath,
    [CS_ENTRY, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', VSIX],
    { ms: 120_000, logFile: path.join(ART, 'install-extension.log') },
  );
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`--install-extension did not install ${EXTENSION_ID} into ${extensionsDir} (found: ${fs.readdirSync(extensionsDir).join(', ') || 'nothing'})`);
  log(`installed ${installed[0]} from the .vsix`);
}

async function codeServerVsixStep() {
  const extensionsDir = path.join(ART, 'code-server-vsix-extensions');
  await installVsix(extensionsDir);
  const resultsFile = path.join(ART, 'code-server-vsix-results.json');
  fs.rmSync(resultsFile, { force: true });
  vsixServer = await startCodeServer('vsix', {
    extensionsDir,
    env: { REPORT_LENS_E2E_RESULTS: resultsFile, REPORT_LENS_E2E_EXPECT_EXTENSION_ROOT: extensionsDir },
  });
  // The workbench only runs extensionTestsPath in an extension-development window, so the
  // development path is an empty stand-in extension; Report Lens itself is loaded the way users
  // get it, from the extensions folder --install-extension wrote (the suite asserts that path).
  return await runSuiteInWorkbench(vsixServer, {
    name: 'vsix',
    folder: makeWorkspace('vsix'),
    resultsFile,
    payload: [
      ['extensionDevelopmentPath', vsixServer.remote(path.join(ROOT, 'test/e2e/host-extension'))],
      ['extensionTestsPath', vsixServer.remote(SUITE_INDEX.replace(/\.js$/, ''))],
    ],
  });
}

async function screenshotStep() {
  if (!vsixServer) {
    // Only when the vsix step was not run (REPORT_LENS_E2E_ONLY=…,screenshots while iterating).
    const extensionsDir = path.join(ART, 'code-server-vsix-extensions');
    await installVsix(extensionsDir);
    vsixServer = await startCodeServer('vsix', { extensionsDir });
  }
  const { takeScreenshots } = await import('./screenshots.mjs');
  const context = await launchBrowser('screenshots');
  try {
    const folder = makeWorkspace('reports'); // the folder name shows in the title bar
    const files = await takeScreenshots(context, {
      url: workbenchUrl(vsixServer, folder),
      outDir: SHOTS,
      debugDir: path.join(ART, 'screenshots'),
      log,
      deadline,
    });
    return files.map((f) => path.relative(ROOT, f)).join(', ');
  } finally {
    await context.close().catch(() => {});
  }
}

async function neovimStep() {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (nvim.status !== 0) throw new Error('nvim not found (Debian package neovim; run test/e2e/setup.sh)');
  log(`using ${nvim.stdout.split('\n')[0]}`);
  const dir = path.join(ART, 'neovim');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, 'nvim.log');
  const env = {
    REPORT_LENS_SERVER: path.join(ROOT, 'dist/server.js'),
    REPORT_LENS_NODE: process.execPath,
    REPORT_LENS_WORKSPACE: makeWorkspace('neovim'),
    REPORT_LENS_NVIM_LOG: logFile,
    // Keep Neovim's own state (shada, swap, logs) out of $HOME.
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
  };
  try {
    await run('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-u', path.join(ROOT, 'test/e2e/nvim/lsp_test.lua')], { ms: 90_000, env, quiet: true });
  } finally {
    if (fs.existsSync(logFile)) for (const line of fs.readFileSync(logFile, 'utf8').trimEnd().split('\n')) log(`  ${line}`);
  }
}

// ------------------------------------------------------------------------------------------------

fs.mkdirSync(ART, { recursive: true });
log(`Report Lens e2e in ${ROOT}; artifacts in ${path.relative(ROOT, ART)}/`);
const buildStatus = await step('build', buildStep);
if (buildStatus === 'failed') {
  log('build failed: nothing else can run');
} else {
  await step('package', packageStep);
  // Later steps run even when setup failed, so the summary names every part that did not pass.
  await step('setup', setupStep);
  await step('electron', electronStep);
  await step('code-server-dev', codeServerDevStep);
  try {
    await step('code-server-vsix', codeServerVsixStep);
    await step('screenshots', screenshotStep);
  } finally {
    if (vsixServer) await vsixServer.stop();
  }
  await step('neovim', neovimStep);
}

const leftover = [...groups];
killAllGroupsSync();
log('');
log('step               status    time   note');
for (const r of results) {
  log(`${r.name.padEnd(18)} ${r.status.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.note.slice(0, 160)}`);
}
if (leftover.length) log(`killed ${leftover.length} leftover process group(s)`);
const failed = results.filter((r) => r.status === 'failed');
log(failed.length ? `E2E FAILED: ${failed.map((r) => r.name).join(', ')}` : `E2E PASSED (${results.filter((r) => r.status === 'skipped').length} skipped) in ${((Date.now() - T0) / 1000).toFixed(0)} s`);
process.exit(failed.length ? 1 : 0);
