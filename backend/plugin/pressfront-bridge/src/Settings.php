<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/** The connection's settings: where the frontends are, and the secret this site shares with them. */
final class Settings
{
    public const FRONTENDS = 'pressfront_bridge_frontends';
    public const SECRET = 'pressfront_bridge_secret';

    /**
     * The frontends' addresses, as set under Settings → Pressfront (one a line), without a
     * trailing slash; the first is where readers' links lead.
     *
     * @return string[]
     */
    public function frontends(): array
    {
        $lines = preg_split('/\s+/', (string) get_option(self::FRONTENDS, ''));
        $urls = array_map('untrailingslashit', $lines ?: []);
        return array_values(array_filter($urls, [$this, 'is_frontend_url']));
    }

    /** The first frontend, or null when none is set. */
    public function first_frontend(): ?string
    {
        return $this->frontends()[0] ?? null;
    }

    public function save_frontends(string $lines): void
    {
        update_option(self::FRONTENDS, $lines, false);
    }

    /** The shared secret; made (48 characters) the first time it is asked for. */
    public function secret(): string
    {
        $secret = (string) get_option(self::SECRET, '');
        if (strlen($secret) < 32) {
            $secret = $this->regenerate_secret();
        }
        return $secret;
    }

    public function regenerate_secret(): string
    {
        $secret = wp_generate_password(48, false);
        update_option(self::SECRET, $secret, false);
        return $secret;
    }

    /** A public http(s) address, or this machine's (a local frontend, during development). */
    private function is_frontend_url(string $url): bool
    {
        return (bool) wp_http_validate_url($url) || (bool) preg_match('#^https?://(localhost|127\.0\.0\.1)(:\d+)?$#', $url);
    }
}
