import { runApiBenchmark } from './api.bench';
import { runCoreBenchmark } from './core.bench';
import { runImportBenchmark } from './import.bench';
import { runPerformanceBenchmark } from './performance.bench';

/**
 * `npm run bench -- <suite> [--quick]`. Suites: core (event store, projections, verify, restart) and
 * api (GraphQL reads and read-your-writes beside a bare NestJS + Apollo app), performance, and import
 * (bulk import of staff beside a registerEmployee client). Each prints a table, then ONE line of JSON.
 * Benchmarks write under BENCH_DIR (default ./data/bench), on the same disk as real data.
 */
const suites: Record<string, (quick: boolean) => Promise<void>> = { core: runCoreBenchmark, api: runApiBenchmark, performance: runPerformanceBenchmark, import: runImportBenchmark };

const [suite, ...flags] = process.argv.slice(2);
const run = suites[suite];
if (!run) {
  console.error(`usage: npm run bench -- <${Object.keys(suites).join('|')}> [--quick]`);
  process.exit(2);
}
run(flags.includes('--quick')).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
