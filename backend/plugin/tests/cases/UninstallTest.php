<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\ChangeLog;
use Pressfront\Bridge\CustomizeScreen;
use Pressfront\Bridge\Delivery;
use Pressfront\Bridge\ImageFormats;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Settings;
use Pressfront\Bridge\SettingsPage;
use Pressfront\Bridge\Subscribers\Mail;
use Pressfront\Bridge\Subscribers\Store;
use Pressfront\Bridge\Themes;
use Pressfront\Bridge\Uninstaller;

/** Deactivating leaves nothing running; deleting leaves nothing at all. */
final class UninstallTest extends TestCase
{
    /** Everything of ours in the options table (options, transients, the cron array's events). */
    private function ours(): array
    {
        global $wpdb;
        $options = $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%pressfront%'");
        $tables = $wpdb->get_col($wpdb->prepare('SHOW TABLES LIKE %s', $wpdb->esc_like($wpdb->prefix . 'pressfront') . '%'));
        $events = [];
        foreach ((array) _get_cron_array() as $hooks) {
            foreach (array_keys((array) $hooks) as $hook) {
                if (strpos((string) $hook, 'pressfront') !== false) {
                    $events[] = $hook;
                }
            }
        }
        return ['options' => $options, 'tables' => $tables, 'events' => array_values(array_unique($events))];
    }

    /** Uses every feature that keeps something: what the plugin may leave behind. */
    private function use_everything(): void
    {
        global $wpdb;
        // Committed, as a site's data is: the uninstall's DROP TABLE would commit it anyway.
        $wpdb->query('COMMIT');
        $admin = $this->log_in_as('administrator');
        Plugin::get(Settings::class)->save_frontends('http://localhost:1');
        Plugin::get(Settings::class)->secret();
        Plugin::get(Delivery::class)->send('http://localhost:1', '{"tags":["site"]}', 1);
        Plugin::get(ChangeLog::class)->record(['site'], 'test');
        Plugin::get(Themes::class)->activate('paper');
        Plugin::get(Themes::class)->store_options('paper', ['accent' => '#123456']);
        Plugin::get(ImageFormats::class)->save('image/webp');
        update_option('pressfront_bridge_subscribe_limit_ip', 20);
        update_option('pressfront_bridge_subscribe_limit_email', 5);
        Plugin::get(Store::class)->sign_up('reader@example.test', 'Yes, mail me.', 0, 'http://localhost:1');
        Plugin::get(Store::class)->throttle('ip:203.0.113.7', 10);
        set_transient(SettingsPage::REVEAL_TRANSIENT . $admin->ID, 1, 60);
        set_transient(CustomizeScreen::LEFTOVER_TRANSIENT . $admin->ID, ['theme' => 'paper'], 60);
        wp_schedule_single_event(time() + 60, Mail::SEND_HOOK, [1, 0]);
    }

    public function test_deactivation_clears_the_events_and_keeps_the_data(): void
    {
        $this->use_everything();
        $this->assertNotEmpty($this->ours()['events']);
        Plugin::deactivate();
        $left = $this->ours();
        $this->assertSame([], $left['events']);
        $this->assertCount(3, $left['tables']);
        $this->assertContains(Settings::SECRET, $left['options']);
    }

    public function test_uninstall_removes_every_option_table_transient_and_event(): void
    {
        $this->use_everything();
        $before = $this->ours();
        $this->assertCount(3, $before['tables']);
        $this->assertContains('_transient_' . SettingsPage::REVEAL_TRANSIENT . get_current_user_id(), $before['options']);
        $this->assertNotEmpty($before['events']);

        Uninstaller::run();
        wp_cache_flush();
        $this->assertSame(['options' => [], 'tables' => [], 'events' => []], $this->ours());

        // The tables again, for whatever runs after.
        Plugin::activate();
    }
}
