/** `npm run bench`: every benchmark, each measured side by side with its competitor in one run. */
import { runCoreBench } from './core-bench.ts';
import { runLargestFeedBench } from './largest-feed-bench.ts';
import { runWidgetBench } from './widget-bench.ts';

runCoreBench();
console.log('');
// The widget bench loads dist/widget, which `npm run bench` builds first.
await runWidgetBench();
console.log('');
// The extension's part loads .output/test-chrome-mv3, which `npm run bench` builds too.
await runLargestFeedBench();
