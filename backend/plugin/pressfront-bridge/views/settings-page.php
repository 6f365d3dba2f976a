<?php
/**
 * Settings → Pressfront (SettingsPage::render).
 *
 * @var array $view notice, messages, frontends, secret (null unless revealed), masked,
 *                  image_format, image_formats ([mime, label, supported]), deliveries.
 */

use Pressfront\Bridge\SettingsPage;

defined('ABSPATH') || exit;

$messages = $view['messages'];
?>
<div class="wrap">
  <h1><?php esc_html_e('Pressfront', 'pressfront-bridge'); ?></h1>
  <?php if (isset($messages[$view['notice']])) : ?>
    <div class="notice notice-<?php echo esc_attr($messages[$view['notice']][0]); ?>"><p><?php echo esc_html($messages[$view['notice']][1]); ?></p></div>
  <?php endif; ?>
  <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
    <input type="hidden" name="action" value="<?php echo esc_attr(SettingsPage::SAVE_ACTION); ?>">
    <?php wp_nonce_field(SettingsPage::SAVE_ACTION); ?>
    <table class="form-table" role="presentation">
      <tr>
        <th scope="row"><label for="pf-frontends"><?php esc_html_e('Frontend addresses', 'pressfront-bridge'); ?></label></th>
        <td>
          <textarea id="pf-frontends" name="frontends" rows="3" class="large-text code"><?php echo esc_textarea($view['frontends']); ?></textarea>
          <p class="description"><?php esc_html_e('One per line, e.g. https://news.example.com. Each is told what changed.', 'pressfront-bridge'); ?></p>
        </td>
      </tr>
      <tr>
        <th scope="row"><?php esc_html_e('Shared secret', 'pressfront-bridge'); ?></th>
        <td>
          <?php if ($view['secret'] !== null) : ?>
            <input id="pf-secret" type="text" readonly class="large-text code" value="<?php echo esc_attr($view['secret']); ?>" aria-label="<?php esc_attr_e('Shared secret', 'pressfront-bridge'); ?>">
            <button type="button" class="button" id="pf-secret-copy"><?php esc_html_e('Copy', 'pressfront-bridge'); ?></button>
          <?php else : ?>
            <code id="pf-secret-masked"><?php echo esc_html($view['masked']); ?></code>
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
          <select id="pf-image-format" name="image_format">
            <option value="" <?php selected($view['image_format'], ''); ?>><?php esc_html_e('JPEG, as uploaded (WordPress’s default)', 'pressfront-bridge'); ?></option>
            <?php foreach ($view['image_formats'] as $format) : ?>
              <option value="<?php echo esc_attr($format['mime']); ?>" <?php selected($view['image_format'], $format['mime']); ?> <?php disabled(!$format['supported']); ?>>
                <?php
                echo esc_html(
                    $format['supported']
                        ? $format['label']
                        /* translators: %s: an image format, e.g. AVIF */
                        : sprintf(__('%s (this server cannot write it)', 'pressfront-bridge'), $format['label'])
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
    <input type="hidden" name="action" value="<?php echo esc_attr(SettingsPage::REVEAL_ACTION); ?>">
    <?php wp_nonce_field(SettingsPage::REVEAL_ACTION); ?>
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
    <?php foreach ($view['deliveries'] as $d) : ?>
      <tr>
        <td><?php echo esc_html($d['time']); ?></td>
        <td><?php echo esc_html($d['frontend']); ?></td>
        <td><?php echo esc_html((string) $d['attempt']); ?></td>
        <td><?php echo esc_html(($d['status'] ?: __('no answer', 'pressfront-bridge')) . ' ' . $d['detail']); ?></td>
        <td><code><?php echo esc_html($d['body']); ?></code></td>
      </tr>
    <?php endforeach; ?>
    <?php if (!$view['deliveries']) : ?>
      <tr><td colspan="5"><?php esc_html_e('Nothing sent yet.', 'pressfront-bridge'); ?></td></tr>
    <?php endif; ?>
    </tbody>
  </table>
</div>
