// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries (ARCHITECTURE.md): a business module is reached only through its index.ts, and the
 * foundation never depends on a module. Checked on resolved paths, so `../x/y.js` tricks do not slip by.
 */
const boundaries = {
  meta: { type: 'problem', schema: [], messages: { door: '{{msg}}' } },
  create(context) {
    const file = context.filename;
    const src = file.includes(`${path.sep}server${path.sep}src${path.sep}`) ? file.slice(0, file.indexOf(`${path.sep}server${path.sep}src${path.sep}`) + 11) : null;
    if (!src) return {};
    const modulesDir = path.join(src, 'modules') + path.sep;
    const foundationDir = path.join(src, 'foundation') + path.sep;
    const own = file.startsWith(modulesDir) ? file.slice(modulesDir.length).split(path.sep)[0] : null;
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(modulesDir)) return;
      const [mod, ...rest] = target.slice(modulesDir.length).split(path.sep);
      if (file.startsWith(foundationDir)) {
        context.report({ node, messageId: 'door', data: { msg: `foundation must not import from module "${mod}"` } });
      } else if (mod !== own && !(rest.length === 1 && rest[0] === 'index.js')) {
        context.report({ node, messageId: 'door', data: { msg: `reach module "${mod}" through its index.ts, not ${rest.join('/')}` } });
      }
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/public/**', 'data/**', 'docs/**', 'bench/results/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { shouwang: { rules: { 'module-boundaries': boundaries } } },
    rules: {
      'shouwang/module-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      // node:test's describe/it return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.test.ts', 'server/test/**', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unsafe-member-access': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
);
