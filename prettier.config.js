// @ts-check
// `npm run format` / `format:check`. The options keep the code's existing style (single quotes,
// semicolons, trailing commas, two spaces), so reformatting changes line breaks, not habits.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 140,
  singleQuote: true,
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
