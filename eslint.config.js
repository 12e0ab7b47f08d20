import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'test-artifacts', 'models', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  // Tests read JSON responses as users see them; typing every response shape adds nothing there.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['bin/**', 'web/vite.config.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  // Plain scripts the website form serves to browsers (src/webform/assets).
  {
    files: ['src/webform/assets/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'crypto', 'fetch', 'FileReader', 'URL', 'btoa', 'DataView', 'Uint8Array'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },
);
