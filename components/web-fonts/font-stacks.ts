import { webFonts } from '@/components/web-fonts/shipped-fonts';

/**
 * The font stacks themes use: the self-hosted web font (styles/font-faces.css, generated: a
 * subset per script, each downloaded only by pages that use it; components/web-fonts/shipped-fonts.ts says when a
 * page starts using it), then the fallbacks sized to take its room (styles/font-fallbacks.css,
 * generated), then the platform's own.
 */
export const fontStacks = {
  inter: `var(${webFonts.inter.variable}), var(--font-inter-fallbacks), ui-sans-serif, system-ui, sans-serif`,
  sourceSerif: `var(${webFonts.sourceSerif.variable}), var(--font-source-serif-fallbacks), ui-serif, Georgia, serif`,
} as const;
