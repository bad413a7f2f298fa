/** `npm run bench`: every benchmark, each measured side by side with its competitor in one run. */
import { runCoreBench } from './core-bench.ts';

runCoreBench();
