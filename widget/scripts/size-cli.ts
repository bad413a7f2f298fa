/** `npm run size`: the widget's weight in gzip against its budgets, the chunks loaded on demand apart. */
import { BUDGET_GZIP_BYTES, FIRST_RENDER_GZIP_BYTES, widgetSizes, type ChunkName } from './sizes.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const WHAT: Record<ChunkName, string> = {
  reader: 'the feed’s reader (the core’s schemas), fetched together with the feed',
  worker:
    'or the feed’s worker (the same reader, and the request), when the widget is served from the page’s own origin',
  ics: 'the .ics writer with ical.js, on the first "Apple / Outlook (.ics)" click for a stop without a hosted file',
  tour: 'the bundled 2019 tour, read at build time, only when no feed is set',
  diagnostics: 'the console’s words for a feed’s problems or an attribute ignored, only when there are some',
  jsonld: 'the schema.org data for search engines, once the calendar shows',
};

try {
  const { first, chunks, firstRender } = await widgetSizes();
  const [reader, worker, ...others] = chunks;
  const tour = chunks.find((chunk) => chunk.name === 'tour')!;
  console.log('What a page loads first (gzip -9):');
  console.log(`  ${first.file}  ${kb(first.bytes)} minified, ${kb(first.gzip)} gzip`);
  console.log(`    budget ${kb(BUDGET_GZIP_BYTES)}: ${kb(BUDGET_GZIP_BYTES - first.gzip)} left`);
  console.log(`  + ${reader!.files.map((file) => file.file).join(' + ')}  ${kb(reader!.gzip)} gzip: ${WHAT.reader}`);
  console.log(`    ${worker!.files.map((file) => file.file).join(' + ')}  ${kb(worker!.gzip)} gzip: ${WHAT.worker}`);
  console.log(`  = ${kb(firstRender)} before the first render`);
  console.log(`    budget ${kb(FIRST_RENDER_GZIP_BYTES)}: ${kb(FIRST_RENDER_GZIP_BYTES - firstRender)} left`);
  console.log(`  a page that sets no feed: the first script and the bundled tour, ${kb(first.gzip + tour.gzip)} gzip`);
  console.log('Loaded only when needed (gzip -9, with the shared code each imports):');
  for (const chunk of others) {
    console.log(`  ${kb(chunk.gzip).padStart(8)}  ${chunk.files.map((file) => file.file).join(' + ')}`);
    console.log(`            ${WHAT[chunk.name]}`);
  }
  if (first.gzip > BUDGET_GZIP_BYTES || firstRender > FIRST_RENDER_GZIP_BYTES) {
    console.error('Over budget.');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
