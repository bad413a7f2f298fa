/** `npm run size`: the widget's weight in gzip, first script against its budget, lazy chunks apart. */
import { BUDGET_GZIP_BYTES, widgetSizes } from './sizes.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const WHAT = {
  ics: 'the .ics writer with ical.js, on the first "Apple / Outlook (.ics)" click for a stop without a hosted file',
  tour: 'the bundled 2019 tour, only when no feed is set',
  diagnostics: 'the words for a broken feed’s problems, only when it has some',
};

try {
  const { first, lazy } = await widgetSizes();
  const tour = lazy.find((chunk) => chunk.name === 'tour')!;
  console.log('What a page loads first (gzip -9):');
  console.log(`  ${first.file}  ${kb(first.bytes)} minified, ${kb(first.gzip)} gzip`);
  console.log(`  budget ${kb(BUDGET_GZIP_BYTES)}: ${kb(BUDGET_GZIP_BYTES - first.gzip)} left`);
  console.log(`  with the bundled tour (a page that sets no feed): ${kb(first.gzip + tour.gzip)} gzip`);
  console.log('Loaded only when needed (gzip -9, with the shared code each imports):');
  for (const chunk of lazy) {
    console.log(`  ${kb(chunk.gzip).padStart(8)}  ${chunk.files.map((file) => file.file).join(' + ')}`);
    console.log(`            ${WHAT[chunk.name]}`);
  }
  if (first.gzip > BUDGET_GZIP_BYTES) {
    console.error(`Over budget by ${kb(first.gzip - BUDGET_GZIP_BYTES)}.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
