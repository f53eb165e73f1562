// Bundles the extension: client (VS Code host), server (LSP over stdio/IPC), CLI and the
// engine as a library. Everything runtime is bundled, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The metafile lists every bundled input: test/unit/architecture.test.ts checks that the CLI
  // bundles no LSP code.
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, metafile: true },
  { entryPoints: ['server/src/analysis/index.ts'], outfile: 'dist/engine.js' },
];

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  results.forEach((result, i) => {
    if (result.metafile) writeFileSync(builds[i].outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
  });
  // The package's `bin`: npx runs it directly, so it must be executable whatever npm did before
  // the file existed (a fresh clone builds it in `prepare`, after npm linked the bins).
  chmodSync('dist/cli.js', 0o755);
}
