import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { layeringConfig } from './lint/layering.js'

// Which folder may import which (and which packages) is a whitelist in lint/layering.js. What
// stays here is not about layers: globals that shared code must not touch, and API rules.
const sharedRules = {
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
    ignores: ['src/renderer/src/i18n/useTexts.ts', 'src/renderer/src/i18n/index.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              // The typed wrapper (i18n/useTexts.ts, ignored above) is the one place that may.
              name: 'vue-i18n',
              importNames: ['useI18n'],
              message: 'Import useI18n from i18n/useTexts: its t() only takes keys that exist.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/i18n/useTexts.ts', 'src/renderer/src/i18n/index.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layeringConfig(import.meta.dirname),
  prettier,
)
