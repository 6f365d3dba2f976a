<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;

/**
 * Each test in a transaction, rolled back after it, on the tests' own WordPress: what one test
 * writes, the next never sees. (A test that changes tables commits implicitly; Uninstall restores.)
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase
{
    protected function setUp(): void
    {
        global $wpdb;
        $wpdb->query('START TRANSACTION');
        wp_set_current_user(0);
        // Nothing collected by an earlier test's writes is left to send.
        Plugin::get(Revalidation::class)->discard();
    }

    protected function tearDown(): void
    {
        global $wpdb;
        $wpdb->query('ROLLBACK');
        wp_cache_flush();
        Plugin::get(Revalidation::class)->discard();
        wp_set_current_user(0);
    }

    /** A user with this role (and these extra capabilities), logged in. */
    protected function log_in_as(string $role, array $caps = []): \WP_User
    {
        $id = wp_insert_user(['user_login' => 'u' . wp_generate_password(8, false), 'user_pass' => wp_generate_password(), 'role' => $role]);
        $user = new \WP_User($id);
        foreach ($caps as $cap) {
            $user->add_cap($cap);
        }
        wp_set_current_user($id);
        return $user;
    }
}
