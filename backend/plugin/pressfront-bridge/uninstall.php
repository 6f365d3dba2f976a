<?php

/**
 * Deleting the plugin (Plugins → Delete, not Deactivate) removes everything it kept — its tables,
 * options, per-user transients and scheduled events, as Footprint lists them. Deactivating keeps
 * the data and clears the events.
 */

defined('WP_UNINSTALL_PLUGIN') || exit;

require_once __DIR__ . '/src/autoload.php';

Pressfront\Bridge\Uninstaller::run();
