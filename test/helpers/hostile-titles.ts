/** Titles that try to break or inject into every place a title goes (diagrams, pages, reports). */
export const hostileTitles = [
  'Colon: here',
  'Quote " and \'',
  'Hash #12; and semi;',
  'Brackets [x] {y} (z)',
  '%% comment %%{init: {"securityLevel":"loose"}}%%',
  '<b>bold</b> <script>alert(1)</script>',
  'Emoji 🚜🌾',
  'click s0 call alert(1)',
  'section Sneaky',
  `Very long ${'title '.repeat(30)}`,
];
