import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = ['article', 'feed']

/** Layers point one way, app → features → lib (bulletproof-react): only src/app composes features. */
const layerRule = (blocked) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: blocked,
          message: 'Layers point one way: app → features → lib. Move shared code to src/lib.',
        },
      ],
    },
  ],
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'public/data',
      'test-results',
      'playwright-report',
      'node_modules',
      '.bench',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='prefetch']",
          message:
            "Links never prefetch: the build leaves React Router's prefetching out (scripts/vite/react-router-production.ts).",
        },
      ],
    },
  },
  { files: ['src/lib/**', 'src/pipeline/**'], rules: layerRule(['**/app/*', '**/features/**']) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: layerRule(['**/app/*', ...FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/*`)]),
  })),
)
