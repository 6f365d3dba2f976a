// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // WordPress permalinks end in a slash; ours match them so every URL a site had keeps working.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Pressfront renders WordPress's own resized variants (srcset) with plain <img>: the host is
  // known only at run time, so the build must not depend on it.
  images: { unoptimized: true },
};

module.exports = nextConfig;
