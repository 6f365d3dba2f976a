/** The local WordPress the suite starts (backend/wp.sh), as specs and their helpers reach it. */
export const WORDPRESS_URL = `http://127.0.0.1:${process.env.PRESSFRONT_WP_PORT ?? '8790'}`;
