// Child process for the peak-heap measurement: `node --expose-gc --trace-gc heap-child.mjs
// ENGINE BYTES`. V8 prints a line per GC with the heap size before and after it; the parent
// takes the largest "before" between the two forced GCs that bracket analyze() as the peak.
// (The heap only grows between GCs, so the peak is observed to within one young-generation
// size.) Timing and sizes go to stderr as JSON so they never interleave with V8's lines.
import { createRequire } from 'node:module';
import { loadCorpus, synthetic } from './corpus.mjs';

const [enginePath, bytesArg] = process.argv.slice(2);
const { analyze } = createRequire(import.meta.url)(enginePath);
const text = synthetic(loadCorpus(), Number(bytesArg));
analyze('一、预热\n经济增长5%。\n'); // load code paths so the measurement is about the data
globalThis.gc();
globalThis.gc(); // marker: the second "testing" GC opens the measured window
const t0 = performance.now();
const result = analyze(text);
const ms = performance.now() - t0;
globalThis.gc(); // marker: closes the window; its "before" includes the result and garbage
process.stderr.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text, 'utf8'),
    ms,
    findings: result.findings.length,
    retainedAfterGcBytes: process.memoryUsage().heapUsed,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
