/**
 * Builds only the tour editor: rollup.config.mjs's builds whose output lies in the editor's folder
 * (`INTERCOTOUR_EDITOR_OUT`, else dist/editor), through rollup's own API, so that the widget's
 * build, which other test projects read, is not touched. Run from the repository's root.
 */
import process from 'node:process';
import { URL } from 'node:url';
import { rollup } from 'rollup';

const out = process.env.INTERCOTOUR_EDITOR_OUT || 'dist/editor';
const { default: configs } = await import(new URL('../../../rollup.config.mjs', import.meta.url).href);
const inEditor = (config) => [config.output].flat().some((output) => (output.file ?? output.dir ?? '').startsWith(out));
const chosen = configs.filter(inEditor);
if (chosen.length === 0) throw new Error(`rollup.config.mjs has no build into ${out}.`);
for (const config of chosen) {
  const bundle = await rollup(config);
  for (const output of [config.output].flat()) await bundle.write(output);
  await bundle.close();
}
