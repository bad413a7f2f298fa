/** Stylesheets imported as text: Vite does it for tests and the extension, `rollup.config.mjs` for the widget. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
