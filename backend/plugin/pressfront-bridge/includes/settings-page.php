<?php
// Settings → Pressfront: where the frontend lives, the shared secret, a connection test, and the
// last deliveries (what was sent, when, and what the frontend answered).

defined('ABSPATH') || exit;

add_action('admin_menu', function () {
    add_options_page('Pressfront', 'Pressfront', 'manage_options', 'pressfront-bridge', 'pressfront_bridge_settings_page');
});

add_action('admin_post_pressfront_bridge_save', function () {
    if (!current_user_can('manage_options')) {
        wp_die('Not allowed.', 403);
    }
    check_admin_referer('pressfront_bridge_save');
    $frontends = sanitize_textarea_field(wp_unslash($_POST['frontends'] ?? ''));
    update_option('pressfront_bridge_frontends', $frontends, false);
    if (!empty($_POST['regenerate'])) {
        update_option('pressfront_bridge_secret', wp_generate_password(48, false), false);
    }
    $notice = 'saved';
    if (!empty($_POST['test'])) {
        $body = wp_json_encode(['tags' => ['site'], 'event' => 'connection.test']);
        $results = array_map(function ($frontend) use ($body) {
            return pressfront_bridge_deliver($frontend, $body, 99);
        }, pressfront_bridge_frontends());
        $ok = $results && count(array_filter($results, function ($r) {
            return $r['status'] === 200;
        })) === count($results);
        $notice = $ok ? 'test-ok' : 'test-failed';
    }
    wp_safe_redirect(add_query_arg('notice', $notice, admin_url('options-general.php?page=pressfront-bridge')));
    exit;
});

function pressfront_bridge_settings_page(): void
{
    if (!current_user_can('manage_options')) {
        return;
    }
    $notice = sanitize_key($_GET['notice'] ?? '');
    $messages = [
        'saved' => ['success', 'Settings saved.'],
        'test-ok' => ['success', 'Every frontend accepted a signed test request.'],
        'test-failed' => ['error', 'A frontend did not accept the test request: see the deliveries below.'],
    ];
    $deliveries = get_option('pressfront_bridge_deliveries', []);
    ?>
    <div class="wrap">
      <h1>Pressfront</h1>
      <?php if (isset($messages[$notice])) : ?>
        <div class="notice notice-<?php echo esc_attr($messages[$notice][0]); ?>"><p><?php echo esc_html($messages[$notice][1]); ?></p></div>
      <?php endif; ?>
      <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
        <input type="hidden" name="action" value="pressfront_bridge_save">
        <?php wp_nonce_field('pressfront_bridge_save'); ?>
        <table class="form-table" role="presentation">
          <tr>
            <th scope="row"><label for="pf-frontends">Frontend addresses</label></th>
            <td>
              <textarea id="pf-frontends" name="frontends" rows="3" class="large-text code"><?php echo esc_textarea((string) get_option('pressfront_bridge_frontends', '')); ?></textarea>
              <p class="description">One per line, e.g. https://news.example.com. Each is told what changed.</p>
            </td>
          </tr>
          <tr>
            <th scope="row"><label for="pf-secret">Shared secret</label></th>
            <td>
              <input id="pf-secret" type="text" readonly class="large-text code" value="<?php echo esc_attr(pressfront_bridge_secret()); ?>">
              <p class="description">Set it as <code>PRESSFRONT_REVALIDATE_SECRET</code> on the frontend.
                <label><input type="checkbox" name="regenerate" value="1"> Generate a new one</label></p>
            </td>
          </tr>
        </table>
        <p>
          <button type="submit" class="button button-primary">Save</button>
          <button type="submit" name="test" value="1" class="button">Save and test the connection</button>
        </p>
      </form>
      <h2>Last deliveries</h2>
      <table class="widefat striped">
        <thead><tr><th>When (UTC)</th><th>Frontend</th><th>Attempt</th><th>Answer</th><th>Sent</th></tr></thead>
        <tbody>
        <?php foreach ($deliveries as $d) : ?>
          <tr>
            <td><?php echo esc_html($d['time']); ?></td>
            <td><?php echo esc_html($d['frontend']); ?></td>
            <td><?php echo esc_html((string) $d['attempt']); ?></td>
            <td><?php echo esc_html(($d['status'] ?: 'no answer') . ' ' . $d['detail']); ?></td>
            <td><code><?php echo esc_html($d['body']); ?></code></td>
          </tr>
        <?php endforeach; ?>
        <?php if (!$deliveries) : ?>
          <tr><td colspan="5">Nothing sent yet.</td></tr>
        <?php endif; ?>
        </tbody>
      </table>
    </div>
    <?php
}
