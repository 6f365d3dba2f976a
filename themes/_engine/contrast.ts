// WCAG 2.2 contrast, for checking theme tokens (themes/_engine/tokens.test.ts): lib/colour's.
export { contrastRatio, luminance } from '@/lib/colour/contrast';
