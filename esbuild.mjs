// Bundles the extension: client (VS Code host), server (LSP over stdio/IPC), CLI and the
// engine as a library. Everything runtime is bundled, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

// The Word and PDF readers are bundles of their own, loaded by `import()` only when such a file
// is read, so that checking a .txt neither loads nor parses mammoth or pdfjs.
const lazyReaders = {
  name: 'lazy-readers',
  setup(build) {
    build.onResolve({ filter: /^\.\/(docx|pdf)Reader\.js$/ }, (args) => ({
      path: args.path === './docxReader.js' ? './reader-docx.js' : './reader-pdf.js',
      external: true,
    }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [lazyReaders] },
  // The metafile lists every bundled input: test/unit/architecture.test.ts checks that the CLI
  // bundles no LSP code.
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyReaders], metafile: true },
  { entryPoints: ['server/src/inputs/docxReader.ts'], outfile: 'dist/reader-docx.js', minify: true },
  {
    entryPoints: ['server/src/inputs/pdfReader.ts'],
    outfile: 'dist/reader-pdf.js',
    minify: true,
    // pdfjs is an ES module that asks `import.meta.url` for a `require`; give it this file's URL.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Optional canvas bindings (rendering only) are not bundled; text extraction does not need them.
    external: ['@napi-rs/canvas'],
  },
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
  // The Adobe CMaps that Chinese PDFs with non-embedded fonts need (STSong-Light, UniGB-*; the
  // traditional-Chinese families too). Japanese and Korean ones (half of pdfjs's set) are left out.
  rmSync('dist/cmaps', { recursive: true, force: true });
  cpSync('node_modules/pdfjs-dist/cmaps', 'dist/cmaps', {
    recursive: true,
    filter: (source) => !source.endsWith('.bcmap') || /GB|CNS|B5|ETen|HK/.test(basename(source)),
  });
}
