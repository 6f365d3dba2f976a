import type { SiteLogo as Logo } from '@/lib/wordpress';

/**
 * The site logo set in WordPress (our Customise screen, the Site Logo block, or a PHP theme's
 * Custom Logo), sized by the theme. It sits in the link beside the site's name, which names the
 * link: the image itself is decorative there.
 */
export function SiteLogo({ logo, className }: { logo: Logo | null; className: string }) {
  if (!logo) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- WordPress's own file, any host, any size
    <img
      src={logo.url}
      alt=""
      width={logo.width ?? undefined}
      height={logo.height ?? undefined}
      className={`w-auto ${className}`}
      data-site-logo=""
    />
  );
}
