import { SCHEME_STORAGE_KEY } from './scheme';

/**
 * Runs in <head> before the first paint: marks that JavaScript runs and applies a stored colour
 * scheme, so a visitor who chose dark never sees a flash of light. Kept tiny and inline on purpose.
 */
export const schemeScript = `(function(){var d=document.documentElement;d.classList.add('pf-js');try{var s=localStorage.getItem('${SCHEME_STORAGE_KEY}');if(s==='light'||s==='dark')d.dataset.scheme=s}catch(e){}})()`;
