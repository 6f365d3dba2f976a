<?php
// Settings → Pressfront: where the frontend lives, the shared secret, a connection test, and the
// last deliveries (what was sent, when, and what the frontend answered). The secret is shown
// masked; an administrator reveals it on demand, once, as WordPress shows an Application Password.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_REVEAL_SECONDS = 60;

function pressfront_bridge_settings_menu(): void
{
    add_options_page(
        __('Pressfront', 'pressfront-bridge'),
        __('Pressfront', 'pressfront-bridge'),
        'manage_options',
        'pressfront-bridge',
        'pressfront_bridge_settings_page'
    );
}
add_action('admin_menu', 'pressfront_bridge_settings_menu');

function pressfront_bridge_settings_url(string $notice): string
{
    return add_query_arg('notice', $notice, admin_url('options-general.php?page=pressfront-bridge'));
}

function pressfront_bridge_settings_save(): void
{
    if (!current_user_can('manage_options')) {
        wp_die(esc_html__('You may not change these settings.', 'pressfront-bridge'), 403);
    }
    check_admin_referer('pressfront_bridge_save');
    $frontends = sanitize_textarea_field(wp_unslash($_POST['frontends'] ?? ''));
    update_option('pressfront_bridge_frontends', $frontends, false);
    pressfront_bridge_save_image_format(sanitize_text_field(wp_unslash($_POST['image_format'] ?? '')));
    $notice = 'saved';
    if (!empty($_POST['regenerate'])) {
        update_option('pressfront_bridge_secret', wp_generate_password(48, false), false);
        // The new secret must reach the frontend's configuration: show it once, now.
        set_transient('pressfront_bridge_reveal_' . get_current_user_id(), 1, PRESSFRONT_BRIDGE_REVEAL_SECONDS);
        $notice = 'regenerated';
    }
    if (!empty($_POST['test'])) {
        $body = wp_json_encode(['tags' => ['site'], 'event' => 'connection.test']);
        $ok = true;
        $frontends = pressfront_bridge_frontends();
        foreach ($frontends as $frontend) {
            $ok = pressfront_bridge_deliver($frontend, $body, 99)['status'] === 200 && $ok;
        }
        $notice = $frontends && $ok ? 'test-ok' : 'test-failed';
    }
    wp_safe_redirect(pressfront_bridge_settings_url($notice));
    exit;
}
add_action('admin_post_pressfront_bridge_save', 'pressfront_bridge_settings_save');

/** "Reveal": the next view of the settings page, by this administrator only, shows the secret. */
function pressfront_bridge_settings_reveal(): void
{
    if (!current_user_can('manage_options')) {
        wp_die(esc_html__('You may not see the shared secret.', 'pressfront-bridge'), 403);
    }
    check_admin_referer('pressfront_bridge_reveal');
    set_transient('pressfront_bridge_reveal_' . get_current_user_id(), 1, PRESSFRONT_BRIDGE_REVEAL_SECONDS);
    wp_safe_redirect(pressfront_bridge_settings_url('revealed'));
    exit;
}
add_action('admin_post_pressfront_bridge_reveal', 'pressfront_bridge_settings_reveal');

/** The secret as the page shows it by default: enough to tell two apart, not enough to use. */
function pressfront_bridge_masked_secret(): string
{
    $secret = pressfront_bridge_secret();
    return str_repeat('•', 12) . substr($secret, -4);
}

function pressfront_bridge_settings_page(): void
{
    if (!current_user_can('manage_options')) {
        return;
    }
    $notice = sanitize_key($_GET['notice'] ?? '');
    $messages = [
        'saved' => ['success', __('Settings saved.', 'pressfront-bridge')],
        'regenerated' => ['warning', __('A new secret was made: set it on the frontend now, or it will refuse what this site sends.', 'pressfront-bridge')],
        'revealed' => ['info', __('The secret is shown below this once. Copy it now; it is masked again when you leave or reload this page.', 'pressfront-bridge')],
        'test-ok' => ['success', __('Every frontend accepted a signed test request.', 'pressfront-bridge')],
        'test-failed' => ['error', __('A frontend did not accept the test request: see the deliveries below.', 'pressfront-bridge')],
    ];
    // Shown in full once, right after the administrator asked (or made a new one).
    $reveal_key = 'pressfront_bridge_reveal_' . get_current_user_id();
    $reveal = (bool) get_transient($reveal_key);
    if ($reveal) {
        delete_transient($reveal_key);
    }
    $deliveries = get_option('pressfront_bridge_deliveries', []);
    ?>
    <div class="wrap">
      <h1><?php esc_html_e('Pressfront', 'pressfront-bridge'); ?></h1>
      <?php if (isset($messages[$notice])) : ?>
        <div class="notice notice-<?php echo esc_attr($messages[$notice][0]); ?>"><p><?php echo esc_html($messages[$notice][1]); ?></p></div>
      <?php endif; ?>
      <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
        <input type="hidden" name="action" value="pressfront_bridge_save">
        <?php wp_nonce_field('pressfront_bridge_save'); ?>
        <table class="form-table" role="presentation">
          <tr>
            <th scope="row"><label for="pf-frontends"><?php esc_html_e('Frontend addresses', 'pressfront-bridge'); ?></label></th>
            <td>
              <textarea id="pf-frontends" name="frontends" rows="3" class="large-text code"><?php echo esc_textarea((string) get_option('pressfront_bridge_frontends', '')); ?></textarea>
              <p class="description"><?php esc_html_e('One per line, e.g. https://news.example.com. Each is told what changed.', 'pressfront-bridge'); ?></p>
            </td>
          </tr>
          <tr>
            <th scope="row"><?php esc_html_e('Shared secret', 'pressfront-bridge'); ?></th>
            <td>
              <?php if ($reveal) : ?>
                <input id="pf-secret" type="text" readonly class="large-text code" value="<?php echo esc_attr(pressfront_bridge_secret()); ?>" aria-label="<?php esc_attr_e('Shared secret', 'pressfront-bridge'); ?>">
                <button type="button" class="button" id="pf-secret-copy"><?php esc_html_e('Copy', 'pressfront-bridge'); ?></button>
                <script>
                  document.getElementById('pf-secret-copy').addEventListener('click', function () {
                    var field = document.getElementById('pf-secret');
                    field.select();
                    if (navigator.clipboard) navigator.clipboard.writeText(field.value);
                    this.textContent = <?php echo wp_json_encode(__('Copied', 'pressfront-bridge')); ?>;
                  });
                </script>
              <?php else : ?>
                <code id="pf-secret-masked"><?php echo esc_html(pressfront_bridge_masked_secret()); ?></code>
                <button type="submit" form="pf-reveal" class="button"><?php esc_html_e('Reveal', 'pressfront-bridge'); ?></button>
              <?php endif; ?>
              <p class="description">
                <?php
                printf(
                    /* translators: %s: the name of the frontend's environment variable */
                    esc_html__('Set it as %s on the frontend.', 'pressfront-bridge'),
                    '<code>PRESSFRONT_BRIDGE_SECRET</code>'
                );
                ?>
                <label><input type="checkbox" name="regenerate" value="1"> <?php esc_html_e('Generate a new one', 'pressfront-bridge'); ?></label>
              </p>
            </td>
          </tr>
          <tr>
            <th scope="row"><label for="pf-image-format"><?php esc_html_e('Resized images as', 'pressfront-bridge'); ?></label></th>
            <td>
              <?php $chosen = pressfront_bridge_image_format(); ?>
              <select id="pf-image-format" name="image_format">
                <option value="" <?php selected($chosen, ''); ?>><?php esc_html_e('JPEG, as uploaded (WordPress’s default)', 'pressfront-bridge'); ?></option>
                <?php foreach (pressfront_bridge_image_formats() as $mime => $label) : ?>
                  <?php $supported = pressfront_bridge_image_format_supported($mime); ?>
                  <option value="<?php echo esc_attr($mime); ?>" <?php selected($chosen, $mime); ?> <?php disabled(!$supported); ?>>
                    <?php
                    echo esc_html(
                        $supported
                            ? $label
                            /* translators: %s: an image format, e.g. AVIF */
                            : sprintf(__('%s (this server cannot write it)', 'pressfront-bridge'), $label)
                    );
                    ?>
                  </option>
                <?php endforeach; ?>
              </select>
              <p class="description"><?php esc_html_e('The sizes WordPress makes of each new photo (JPEG) upload, which the frontend shows readers. WebP and AVIF files are a third to a half the size of the same JPEG; every current browser shows them. The original upload is kept as it is; images uploaded before are not changed.', 'pressfront-bridge'); ?></p>
            </td>
          </tr>
        </table>
        <p>
          <button type="submit" class="button button-primary"><?php esc_html_e('Save', 'pressfront-bridge'); ?></button>
          <button type="submit" name="test" value="1" class="button"><?php esc_html_e('Save and test the connection', 'pressfront-bridge'); ?></button>
        </p>
      </form>
      <form id="pf-reveal" method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
        <input type="hidden" name="action" value="pressfront_bridge_reveal">
        <?php wp_nonce_field('pressfront_bridge_reveal'); ?>
      </form>
      <h2><?php esc_html_e('Last deliveries', 'pressfront-bridge'); ?></h2>
      <table class="widefat striped">
        <thead><tr>
          <th><?php esc_html_e('When (UTC)', 'pressfront-bridge'); ?></th>
          <th><?php esc_html_e('Frontend', 'pressfront-bridge'); ?></th>
          <th><?php esc_html_e('Attempt', 'pressfront-bridge'); ?></th>
          <th><?php esc_html_e('Answer', 'pressfront-bridge'); ?></th>
          <th><?php esc_html_e('Sent', 'pressfront-bridge'); ?></th>
        </tr></thead>
        <tbody>
        <?php foreach ($deliveries as $d) : ?>
          <tr>
            <td><?php echo esc_html($d['time']); ?></td>
            <td><?php echo esc_html($d['frontend']); ?></td>
            <td><?php echo esc_html((string) $d['attempt']); ?></td>
            <td><?php echo esc_html(($d['status'] ?: __('no answer', 'pressfront-bridge')) . ' ' . $d['detail']); ?></td>
            <td><code><?php echo esc_html($d['body']); ?></code></td>
          </tr>
        <?php endforeach; ?>
        <?php if (!$deliveries) : ?>
          <tr><td colspan="5"><?php esc_html_e('Nothing sent yet.', 'pressfront-bridge'); ?></td></tr>
        <?php endif; ?>
        </tbody>
      </table>
    </div>
    <?php
}
