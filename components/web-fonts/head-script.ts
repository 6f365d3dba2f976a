import { WEB_FONTS_STORAGE_KEY, webFontClass } from '@/components/web-fonts/shipped-fonts';

/**
 * Runs in <head> before the first paint: the fonts this browser has fetched before (warm.ts) are
 * used from the first paint on — their classes on <html>, which start the theme stacks with them
 * (styles/font-faces.css). Only keys of the expected shape become classes. Kept tiny and inline.
 */
export const webFontsHeadScript = `(function(){try{var d=document.documentElement,k=(localStorage.getItem('${WEB_FONTS_STORAGE_KEY}')||'').split(' ');for(var i=0;i<k.length;i++)if(/^[a-z-]{1,32}$/.test(k[i]))d.classList.add('${webFontClass({ key: '' })}'+k[i])}catch(e){}})()`;
