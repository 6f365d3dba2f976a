<?php
/**
 * Appearance → Pressfront themes → Customise (CustomizeScreen::render).
 *
 * @var array $view name, theme, is_active, pinned, values, identity, editable_identity, errors,
 *                  preview, notice, messages.
 */

use Pressfront\Bridge\CustomizeScreen;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\ThemePreview;
use Pressfront\Bridge\ThemesScreen;

defined('ABSPATH') || exit;

$theme = $view['theme'];
$messages = $view['messages'];
$may = static function (string $option) use ($view): bool {
    return in_array($option, $view['editable_identity'], true);
};
?>
<div class="wrap pf-customize">
  <h1>
    <?php
    printf(
        /* translators: %s: theme label */
        $view['is_active'] ? esc_html__('Customise %s', 'pressfront-bridge') : esc_html__('Live preview: %s', 'pressfront-bridge'),
        esc_html($theme['label'])
    );
    ?>
  </h1>
  <?php if (isset($messages[$view['notice']])) : ?>
    <div class="notice notice-<?php echo esc_attr($messages[$view['notice']][0]); ?>"><p><?php echo esc_html($messages[$view['notice']][1]); ?></p></div>
  <?php endif; ?>
  <?php if ($view['errors']) : ?>
    <div class="notice notice-error pf-refusals"><ul>
      <?php foreach ($view['errors'] as $message) : ?>
        <li><?php echo esc_html((string) $message); ?></li>
      <?php endforeach; ?>
    </ul></div>
  <?php endif; ?>
  <div class="pf-customize-layout">
    <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>" id="pf-customize-form" class="pf-customize-form" data-theme="<?php echo esc_attr($view['name']); ?>">
      <input type="hidden" name="action" value="<?php echo esc_attr(CustomizeScreen::SAVE_ACTION); ?>">
      <input type="hidden" name="theme" value="<?php echo esc_attr($view['name']); ?>">
      <?php wp_nonce_field(ThemePreview::CUSTOMIZE_NONCE); ?>
      <?php if ($view['editable_identity']) : ?>
        <h2><?php esc_html_e('Site identity', 'pressfront-bridge'); ?></h2>
        <?php if ($may('blogname')) : ?>
          <p class="pf-field">
            <label for="pf-blogname" class="pf-label"><?php esc_html_e('Site title', 'pressfront-bridge'); ?></label>
            <input type="text" class="regular-text" id="pf-blogname" name="identity[blogname]" value="<?php echo esc_attr((string) $view['identity']['blogname']); ?>">
          </p>
        <?php endif; ?>
        <?php if ($may('blogdescription')) : ?>
          <p class="pf-field">
            <label for="pf-blogdescription" class="pf-label"><?php esc_html_e('Tagline', 'pressfront-bridge'); ?></label>
            <input type="text" class="regular-text" id="pf-blogdescription" name="identity[blogdescription]" value="<?php echo esc_attr((string) $view['identity']['blogdescription']); ?>">
          </p>
        <?php endif; ?>
        <?php
        if ($may('site_logo')) {
            $image = ['option' => 'site_logo', 'label' => __('Logo', 'pressfront-bridge'), 'help' => __('Shown in the header of every theme, beside or instead of the title.', 'pressfront-bridge'), 'id' => (int) $view['identity']['site_logo']];
            require Plugin::view('image-field');
        }
        if ($may('site_icon')) {
            $image = ['option' => 'site_icon', 'label' => __('Site icon', 'pressfront-bridge'), 'help' => __('The browser tab’s and home screen’s icon: a square image, 512 × 512 pixels or larger.', 'pressfront-bridge'), 'id' => (int) $view['identity']['site_icon']];
            require Plugin::view('image-field');
        }
        ?>
      <?php endif; ?>
      <h2><?php esc_html_e('Theme options', 'pressfront-bridge'); ?></h2>
      <?php
      foreach ($theme['options'] as $field) {
          $field_name = (string) ($field['name'] ?? '');
          $value = $view['values'][$field_name] ?? '';
          $error = (string) ($view['errors'][$field_name] ?? '');
          require Plugin::view('option-field');
      }
      ?>
      <p class="pf-customize-actions">
        <button type="submit" name="intent" value="save" class="button <?php echo $view['is_active'] ? 'button-primary' : ''; ?>"><?php esc_html_e('Save', 'pressfront-bridge'); ?></button>
        <?php if (!$view['is_active']) : ?>
          <button type="submit" name="intent" value="activate" class="button button-primary" <?php disabled($view['pinned']); ?>><?php esc_html_e('Save and activate', 'pressfront-bridge'); ?></button>
        <?php endif; ?>
        <a class="button-link" href="<?php echo esc_url(ThemesScreen::url()); ?>"><?php esc_html_e('Exit', 'pressfront-bridge'); ?></a>
      </p>
    </form>
    <div>
      <?php if ($view['preview']) : ?>
        <iframe id="pf-preview" class="pf-preview" title="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ __('The site in %s, as only you see it', 'pressfront-bridge'), $theme['label'])); ?>"
          src="<?php echo esc_url($view['preview']); ?>"></iframe>
        <p class="pf-preview-status" role="status"></p>
      <?php endif; ?>
    </div>
  </div>
</div>
