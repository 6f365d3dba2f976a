<?php

namespace Pressfront\Bridge;

use WP_Error;

defined('ABSPATH') || exit;

/** Asking a frontend something (its themes, whether it takes a theme's options): signed requests. */
final class Frontends
{
    /** @var Settings */
    private $settings;
    /** @var Signer */
    private $signer;

    public function __construct(Settings $settings, Signer $signer)
    {
        $this->settings = $settings;
        $this->signer = $signer;
    }

    public function first(): ?string
    {
        return $this->settings->first_frontend();
    }

    /**
     * A request to a frontend through the WordPress HTTP API, signed for $context over
     * "<context>.<timestamp>.<body>".
     *
     * @return array|WP_Error
     */
    public function ask(string $frontend, string $method, string $path, string $context, string $body = '')
    {
        return wp_remote_request($frontend . $path, [
            'method' => $method,
            'timeout' => 5,
            'redirection' => 0,
            'body' => $method === 'GET' ? null : $body,
            'headers' => ['Content-Type' => 'application/json'] + $this->signer->headers($context, $body),
        ]);
    }
}
