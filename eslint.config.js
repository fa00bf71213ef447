// @ts-check
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Boundaries (docs/ARCHITECTURE: "enforced by lint, not memory"):
 *  - src/shared is pure: no Electron, no Node (built-ins or globals), no React, no DOM
 *    globals, and nothing from src/main, src/preload, src/renderer or src/cli.
 *  - src/renderer talks to main only through the preload's object: no Electron, no Node,
 *    nothing from src/main, src/preload or src/cli.
 *  - A renderer feature (src/renderer/src/features/<x>/) uses another feature only
 *    through that feature's index.ts (`../<y>`), never a file inside it (`../<y>/File`).
 *  - Node globals exist only where Node runs: main, preload, cli, tests, scripts, bench and
 *    the config files.
 *  - Main's services and handlers write the chapter only through src/main/services/settled.ts,
 *    so what certified votes decide is applied in the same write (one place).
 * `no-restricted-imports` is one rule, so a later block replaces an earlier block's
 * options: each block below lists every restriction that applies to its files.
 */

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
/** Globals only Node has (typescript-eslint turns `no-undef` off, so ban them by name). */
const NODE_ONLY_GLOBALS = Object.keys(globals.node).filter(
  (name) => !(name in globals.browser) && !(name in globals.es2024),
);
/** Globals only a browser has: src/shared also runs in main and the CLI. */
const BROWSER_ONLY_GLOBALS = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.es2024),
);

const FEATURES_DIR = 'src/renderer/src/features';
const FEATURES = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * @param {string} where
 * @param {string} why
 */
const noNode = (where, why) => ({
  paths: NODE_BUILTINS.map((name) => ({ name, message: `${where}: ${why}` })),
  patterns: [{ group: ['node:*'], message: `${where}: ${why}` }],
});

/** @param {string} why */
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: why }));

const SHARED_WHY = 'src/shared is pure (it runs in main, the renderer, the CLI and tests)';
const sharedImports = {
  paths: [
    { name: 'electron', message: `${SHARED_WHY}: no Electron.` },
    { name: 'react', message: `${SHARED_WHY}: no React.` },
    ...noNode('src/shared', 'no Node built-ins.').paths,
  ],
  patterns: [
    ...noNode('src/shared', 'no Node built-ins.').patterns,
    { group: ['react-dom', 'react-dom/*', 'react/*'], message: `${SHARED_WHY}: no React.` },
    {
      group: ['**/main', '**/main/**', '**/preload', '**/preload/**'],
      message: `${SHARED_WHY}: it may not import main-process or preload code.`,
    },
    {
      group: ['**/renderer', '**/renderer/**', '**/cli', '**/cli/**'],
      message: `${SHARED_WHY}: it may not import the renderer or the CLI.`,
    },
  ],
};

const RENDERER_WHY = 'The renderer talks to main only through window.chapterhouse (the preload)';
const rendererImports = {
  paths: [
    { name: 'electron', message: `${RENDERER_WHY}: no Electron.` },
    ...noNode('src/renderer', 'no Node built-ins (it runs sandboxed).').paths,
  ],
  patterns: [
    ...noNode('src/renderer', 'no Node built-ins (it runs sandboxed).').patterns,
    {
      group: ['**/main', '**/main/**', '**/preload', '**/preload/**', '**/cli', '**/cli/**'],
      message: `${RENDERER_WHY}: it may not import main-process, preload or CLI code.`,
    },
  ],
};

/**
 * For files of feature `own`: any import that reaches into another feature's folder
 * (`../<y>/File`, `../../<y>/sub/File`) other than its index.
 * @param {string} own
 */
const deepFeatureImport = (own) => {
  const others = FEATURES.filter((name) => name !== own);
  return {
    regex: `^(\\.\\./)+(features/)?(${others.join('|')})/(?!index$).+`,
    message:
      'Features use each other only through their public index: import from "../<feature>" ' +
      '(src/renderer/src/features/<feature>/index.ts), exporting there what you need.',
  };
};

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Where Node runs.
    files: [
      'src/main/**',
      'src/preload/**',
      'src/cli/**',
      'tests/**',
      'scripts/**',
      'bench/**',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', sharedImports],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(NODE_ONLY_GLOBALS, `${SHARED_WHY}: no Node globals.`),
        ...restrictedGlobals(BROWSER_ONLY_GLOBALS, `${SHARED_WHY}: no browser globals.`),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImports],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(NODE_ONLY_GLOBALS, `${RENDERER_WHY}: no Node globals.`),
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`${FEATURES_DIR}/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererImports.paths,
          patterns: [...rendererImports.patterns, deepFeatureImport(feature)],
        },
      ],
    },
  })),
  {
    files: [
      'src/main/services/**/*.ts',
      'src/main/store/**/*.ts',
      'src/main/dispatch.ts',
      'src/main/session.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services and the store run without Electron (tests, CLI).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/handlers/**/*.ts'],
    ignores: ['src/main/services/settled.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(update|replace)$/][callee.object.callee.property.name='current']",
          message:
            'Write through updateSettled, updateSettledView or replaceSettled (src/main/services/settled.ts): they apply what certified votes decide in the same write.',
        },
      ],
    },
  },
);
