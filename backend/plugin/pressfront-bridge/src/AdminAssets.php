<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/** The admin screens' stylesheet and the settings page's script, from files, on those screens only. */
final class AdminAssets
{
    public function register(): void
    {
        add_action('admin_enqueue_scripts', [$this, 'enqueue']);
    }

    public function enqueue(string $hook): void
    {
        $screens = ['appearance_page_' . ThemesScreen::PAGE, 'settings_page_' . SettingsPage::PAGE];
        if (!in_array($hook, $screens, true)) {
            return;
        }
        wp_enqueue_style('pressfront-bridge-admin', Plugin::asset_url('admin.css'), [], Plugin::VERSION);
        if ($hook === 'settings_page_' . SettingsPage::PAGE) {
            wp_enqueue_script('pressfront-bridge-settings', Plugin::asset_url('settings.js'), [], Plugin::VERSION, true);
            wp_localize_script('pressfront-bridge-settings', 'pressfrontSettings', ['copied' => __('Copied', 'pressfront-bridge')]);
        }
    }
}
