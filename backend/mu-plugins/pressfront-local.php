<?php
/**
 * Plugin Name: Pressfront local
 * Description: Settings for the embedded local WordPress that Pressfront's scripts run. Not for production.
 */

// There is no sendmail here: wp_mail() would fail loudly. Report success and send nothing.
add_filter('pre_wp_mail', '__return_true');

// Application Passwords over plain http on 127.0.0.1 (WP_ENVIRONMENT_TYPE=local covers this too).
add_filter('wp_is_application_passwords_available', '__return_true');

// php -S does not pass the Authorization header through in every SAPI setup; recover it.
add_filter('determine_current_user', function ($user_id) {
    if ($user_id || empty($_SERVER['HTTP_AUTHORIZATION']) || !empty($_SERVER['PHP_AUTH_USER'])) {
        return $user_id;
    }
    if (stripos($_SERVER['HTTP_AUTHORIZATION'], 'basic ') === 0) {
        $pair = base64_decode(substr($_SERVER['HTTP_AUTHORIZATION'], 6), true);
        if ($pair !== false && strpos($pair, ':') !== false) {
            [$_SERVER['PHP_AUTH_USER'], $_SERVER['PHP_AUTH_PW']] = explode(':', $pair, 2);
        }
    }
    return $user_id;
}, 1);
