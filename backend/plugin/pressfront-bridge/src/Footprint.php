<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Everything the plugin keeps in WordPress, in one place: what uninstall removes, and what the
 * tests check it removed. A new option, table, transient or event is added here or the uninstall
 * test fails.
 */
final class Footprint
{
    public const OPTIONS = [
        Settings::FRONTENDS,
        Settings::SECRET,
        Delivery::LOG_OPTION,
        ChangeLog::VERSION_OPTION,
        Themes::ACTIVE_OPTION,
        Themes::OPTIONS_OPTION,
        ImageFormats::OPTION,
        Subscribers\Store::VERSION_OPTION,
        Subscribers\Rest::LIMIT_OPTION_PREFIX . 'ip',
        Subscribers\Rest::LIMIT_OPTION_PREFIX . 'email',
    ];

    /** Table names without WordPress's prefix. */
    public const TABLES = [
        ChangeLog::TABLE,
        Subscribers\Store::TABLE,
        Subscribers\Store::ATTEMPTS_TABLE,
    ];

    /** Transients kept per administrator (the prefix, then the user id). */
    public const TRANSIENT_PREFIXES = [
        SettingsPage::REVEAL_TRANSIENT,
        CustomizeScreen::LEFTOVER_TRANSIENT,
    ];

    public const CRON_HOOKS = [
        Delivery::RETRY_HOOK,
        Subscribers\Mail::SEND_HOOK,
    ];
}
