/**
 * The browser extension's build. `npm run build:extension` writes `.output/chrome-mv3/`,
 * `.output/firefox-mv3/` and the store zips.
 *
 * INTERCOTOUR_FEED_URL (optional, at build time): the feed the extension reads by default. Its
 * origin, and only it, becomes a host permission. Without it the extension carries the 2019 tour
 * and asks for no host at all. A feed chosen by the user later is asked for at that moment
 * (optional host permissions, requested from the options page's click).
 */
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { localeFiles } from './extension/lib/locales.ts';

const GECKO_ID = 'intercotour@interconnectes.com';

/**
 * The test build's public key (RSA 2048, made once for the tests; its private half was never
 * kept): it fixes the unpacked extension's id, which a policy file must name. The browser tests
 * compute the id from it. Never in a build users install: the stores give the real id.
 */
const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ODfq9rfYJ6JVdgrZFc0Rl8b9xKblFfWyBdURLjrW9i1kyOyKGOr+wlUw4h1kNzx6vDqJ7vuGc2NYLCYGl9WZMpBp8H3Wx/VKRr2K84JFcLDucWfaM4e0oFYDkduJW1Cjxf6wjnGve4iN8DLQcO4PNz/8St/NOro75e37u8Tjib2gI4d9nAjq2W4mH8A1zYog5mALwee66z2x3Ie2xz2kIpXLe1hj37ljfa2wj7dQe8CCCccwriNw9ccDmAM2Kf4cOto/DLXW1uPTMvK2P+iHTrclRzljWY5TCS5hBVtLutXqdKxMdjGtfvxBSTPnVgZQIDrGQo9zD5WSsuIUCAeQQIDAQAB';

const testBuild = process.env.INTERCOTOUR_BUILD_VARIANT === 'test';

/** The build-time feed, checked here so that a typo fails the build instead of shipping. */
function buildFeedUrl(): URL | undefined {
  const raw = process.env.INTERCOTOUR_FEED_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `INTERCOTOUR_FEED_URL=${raw} is not a URL (expected e.g. https://example.fr/intercotour/stops.json).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`INTERCOTOUR_FEED_URL=${raw} must be an http(s) address.`);
  }
  if (url.username || url.password) throw new Error('INTERCOTOUR_FEED_URL must not carry a user name or password.');
  return url;
}

const feedUrl = buildFeedUrl();

/** Preact's bundle, the one module of the extension that writes markup from a string. */
const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** Its `dangerouslySetInnerHTML` branch: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`. */
const RAW_HTML_WRITE = /\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g;

/**
 * No raw-HTML path in the extension. Its pages render feed text as text and never pass
 * `dangerouslySetInnerHTML` (test/extension/build.test.ts holds the sources to it), but Preact's
 * diff still carries the branch that assigns `innerHTML` from that prop, which Mozilla's validator
 * rightly flags (UNSAFE_VAR_ASSIGNMENT). The assignment is replaced by a throw: the branch is gone
 * from the bundle, not disguised, and a page that ever used the prop would fail loudly instead of
 * rendering markup. Any other shape of Preact's code (an upgrade) fails the build, so that the
 * assignment cannot come back unnoticed.
 */
function noRawHtml(): Plugin {
  return {
    name: 'intercotour:no-raw-html',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id.split('?')[0]!)) return null;
      const writes = code.match(RAW_HTML_WRITE) ?? [];
      if (writes.length !== 1 || code.split('innerHTML=').length !== 2) {
        throw new Error(
          `${id}: expected Preact's one dangerouslySetInnerHTML assignment, found ${writes.length}; ` +
            'update the no-raw-html step in wxt.config.ts to the new Preact.',
        );
      }
      const refusal = '(()=>{throw new Error("IntercoTOUR renders no raw HTML (dangerouslySetInnerHTML)")})()';
      return { code: code.replace(RAW_HTML_WRITE, refusal), map: null };
    },
  };
}

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  publicDir: 'extension/public',
  outDir: '.output',
  // The browser tests build a variant that reads a localhost feed; it must not replace the real build.
  outDirTemplate: testBuild ? 'test-{{browser}}-mv{{manifestVersion}}' : undefined,
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'IntercoTOUR',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // Chrome caps storage.local at 10 MB, less than a feed the reader accepts (20 MB): unlimitedStorage
    // lifts it, with no install warning. Firefox has no such cap (its limit is the disk's) and would
    // prompt for it: not asked there.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['unlimitedStorage']), 'alarms', 'notifications'],
    host_permissions: feedUrl ? [`${feedUrl.protocol}//${feedUrl.hostname}/*`] : [],
    // A feed address the user types in the options page is asked for then, for its origin only.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // What an IT department may preset through policies (Chrome, Edge); Firefox has no schema
    // and reads the same keys from its policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(testBuild && browser !== 'firefox' ? { key: TEST_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions is read from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [noRawHtml()],
    define: {
      'import.meta.env.INTERCOTOUR_FEED_URL': JSON.stringify(feedUrl?.href ?? ''),
    },
    // Preact's automatic JSX runtime (the pages are .tsx).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      rollupOptions: {
        // The core is pure (shared/ has no side effects, eslint holds it): a page that imports its
        // barrel for dates and words must not also carry the feed schema and zod (popup budget).
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
      },
    },
  }),
  hooks: {
    // The words: `_locales` written from the catalog at each build, never a committed copy.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  zip: {
    // AMO reviews the sources of a bundled add-on: the extension, the core it builds on, the config.
    includeSources: [
      'extension/**',
      'shared/**',
      'wxt.config.ts',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ],
    excludeSources: ['**/*.test.ts', '**/*.test.tsx', 'extension/testing/**'],
  },
});
