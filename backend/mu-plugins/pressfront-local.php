<?php
/**
 * Plugin Name: Pressfront local
 * Description: Settings for the embedded local WordPress that Pressfront's scripts run. Not for production.
 */

// There is no sendmail here. Every wp_mail() call is written, one JSON line each, to the local
// outbox (.pressfront/mail/outbox.jsonl) instead, where the e2e tests read it; nothing leaves.
add_filter('pre_wp_mail', function ($return, array $atts) {
    $dir = dirname(ABSPATH) . '/mail';
    if (!is_dir($dir)) {
        @mkdir($dir, 0777, true);
    }
    $line = wp_json_encode([
        'time' => gmdate('c'),
        'to' => array_values((array) $atts['to']),
        'subject' => (string) $atts['subject'],
        'message' => (string) $atts['message'],
        'headers' => array_values(is_array($atts['headers']) ? $atts['headers'] : array_filter(explode("\n", (string) $atts['headers']))),
    ]);
    return file_put_contents($dir . '/outbox.jsonl', $line . "\n", FILE_APPEND | LOCK_EX) !== false;
}, 10, 2);

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

// The fixture recorder (backend/record-fixtures.ts) records classic captions and galleries twice:
// as a theme without HTML5 support renders them (div.wp-caption, dl.gallery-item — what this
// themeless WordPress does) and, with ?pressfront_html5=1, as one with it (figure, figcaption).
add_action('after_setup_theme', function () {
    if (!empty($_GET['pressfront_html5'])) {
        add_theme_support('html5', ['caption', 'gallery']);
    }
}, 100);

/**
 * Stores one option from the local backends' scripts, a "json:…" value as the decoded JSON, and
 * says what is stored now as a `name=value` line. Their two ways in call it: backend/php/set-option.php
 * (PHP on the command line) and the route below.
 */
function pressfront_local_set_option(string $name, string $value): string
{
    update_option($name, strpos($value, 'json:') === 0 ? json_decode(substr($value, 5), true) : $value);
    $stored = get_option($name);
    return $name . '=' . (is_scalar($stored) ? $stored : wp_json_encode($stored));
}

// The local backends' scripts set options the REST API has no field for through this route, as the
// site's administrator (backend/playground: its PHP command costs seconds, a request part of one).
// The permalink structure is left to backend/php/set-option.php, which rebuilds the rewrite rules.
add_action('rest_api_init', function () {
    register_rest_route('pressfront-local/v1', '/option', [
        'methods' => 'POST',
        'permission_callback' => function () {
            return current_user_can('manage_options');
        },
        'args' => [
            'name' => ['type' => 'string', 'required' => true],
            'value' => ['type' => 'string', 'required' => true],
        ],
        'callback' => function (WP_REST_Request $request) {
            $name = (string) $request['name'];
            if ($name === 'permalink_structure') {
                return new WP_Error(
                    'pressfront_local_permalinks',
                    'set the permalink structure with backend/php/set-option.php',
                    ['status' => 400]
                );
            }
            return ['line' => pressfront_local_set_option($name, (string) $request['value'])];
        },
    ]);
});
