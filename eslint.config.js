// One lint configuration for every workspace: TypeScript, React hooks (admin components and the
// site's island), Astro pages; imports sorted as in Payload's own code; Prettier owns the layout.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import perfectionist from 'eslint-plugin-perfectionist'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.next/',
      '**/.astro/',
      '.data/',
      'bench-results/',
      'tests/.results/',
      // Built sites of the test system and the site benchmark (left behind if a run is killed).
      'site/.output/',
      'site/.bench-build-*/',
      'cms/src/payload-types.ts',
      'cms/src/migrations/*.json',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { perfectionist },
    rules: {
      'perfectionist/sort-imports': ['error', { type: 'natural', newlinesBetween: 1 }],
      'perfectionist/sort-named-imports': ['error', { type: 'natural' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Payload writes migrations as they are: every argument, used or not, in its own import order.
    files: ['cms/src/migrations/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': 'off',
      'perfectionist/sort-imports': 'off',
      'perfectionist/sort-named-imports': 'off',
    },
  },
  {
    // Tests read JSON answers and documents as they come.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['site/src/**/*.{ts,astro}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
)
