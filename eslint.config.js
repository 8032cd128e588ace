import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

// Layers may only import downwards (see ARCHITECTURE.md): shared is pure TypeScript that runs
// anywhere, and the renderer never reaches into the main process.
const nodeOnly = [
  { name: 'electron', message: 'src/shared runs in every layer: no Electron here.' },
]
const sharedRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeOnly,
      patterns: [
        { group: ['node:*'], message: 'src/shared runs in the browser too: no node: imports.' },
        {
          group: ['**/main/**', '**/renderer/**', '**/preload/**'],
          message: 'src/shared imports nothing above it.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    'window',
    'document',
    'navigator',
    'localStorage',
    'sessionStorage',
    'fetch',
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/data/**',
      'bench/results/**',
      'native/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      // Optional TypeScript props are undefined by design; a default would only hide that.
      'vue/require-default-prop': 'off',
      'no-console': 'off',
    },
  },
  { files: ['src/shared/**/*.ts'], rules: sharedRules },
  {
    files: ['src/renderer/**/*.{ts,vue}', 'tests/component/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to window.clinic only.' },
            {
              name: 'vue-i18n',
              importNames: ['useI18n'],
              message: 'Import useI18n from i18n/useTexts: its t() only takes keys that exist.',
            },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer never imports the main process.',
            },
            { group: ['node:*'], message: 'The renderer runs sandboxed: no node: imports.' },
          ],
        },
      ],
    },
  },
  {
    // The typed wrapper itself is the one place that may use vue-i18n's own useI18n.
    files: ['src/renderer/src/i18n/useTexts.ts', 'src/renderer/src/i18n/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to window.clinic only.' }],
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'Never the main process.' },
            { group: ['node:*'], message: 'The renderer runs sandboxed: no node: imports.' },
          ],
        },
      ],
    },
  },
  {
    // Only the desktop entry and its adapters may import Electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main/electron/ imports Electron.' }] },
      ],
    },
  },
  prettier,
)
