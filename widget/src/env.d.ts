/** Stylesheets imported as text: Vite does it for tests, `rollup.config.mjs` for the builds. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
