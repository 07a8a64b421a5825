// The brand colours that code outside CSS needs (browser chrome, preview images, icons). They
// mirror the @theme colours in app/globals.css; a unit test keeps the two the same.
export const brandColours = {
  brand50: '#eef7f6',
  brand100: '#d5ebe8',
  brand900: '#083734',
} as const
