<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/** The plugin's words in the site's language: languages/pressfront-bridge-LOCALE.mo. */
final class I18n
{
    public function register(): void
    {
        add_action('init', [$this, 'load']);
    }

    public function load(): void
    {
        load_plugin_textdomain(Plugin::TEXT_DOMAIN, false, dirname(plugin_basename(Plugin::file())) . '/languages');
    }
}
