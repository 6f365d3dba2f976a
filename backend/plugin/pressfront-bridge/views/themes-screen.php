<?php
/**
 * Appearance → Pressfront themes (ThemesScreen::render).
 *
 * @var array $view known (array|WP_Error), active, shown, from_wordpress, notice, messages.
 */

use Pressfront\Bridge\ThemePreview;
use Pressfront\Bridge\ThemesScreen;

defined('ABSPATH') || exit;

$known = $view['known'];
$messages = $view['messages'];
?>
<div class="wrap pf-themes-screen">
  <h1><?php esc_html_e('Pressfront themes', 'pressfront-bridge'); ?></h1>
  <?php if ($view['from_wordpress']) : ?>
    <div class="notice notice-info"><p><?php esc_html_e('Readers see this site through Pressfront: its look is chosen here, not among WordPress’s PHP themes.', 'pressfront-bridge'); ?></p></div>
  <?php endif; ?>
  <?php if (isset($messages[$view['notice']])) : ?>
    <div class="notice notice-<?php echo esc_attr($messages[$view['notice']][0]); ?>"><p><?php echo esc_html($messages[$view['notice']][1]); ?></p></div>
  <?php endif; ?>
  <?php if (is_wp_error($known)) : ?>
    <div class="notice notice-error"><p><?php echo esc_html($known->get_error_message()); ?></p></div>
  <?php else : ?>
    <?php if ($known['pinned'] !== '') : ?>
      <div class="notice notice-warning"><p>
        <?php
        printf(
            /* translators: %s: the pinned theme's name */
            esc_html__('The frontend’s configuration pins the theme %s (PRESSFRONT_THEME): it cannot be changed here until that setting is removed.', 'pressfront-bridge'),
            '<strong>' . esc_html($known['pinned']) . '</strong>'
        );
        ?>
      </p></div>
    <?php elseif ($view['active'] !== '' && !isset($known['themes'][$view['active']])) : ?>
      <div class="notice notice-warning"><p>
        <?php
        printf(
            /* translators: 1: the activated theme's name, 2: the default theme's name */
            esc_html__('The active theme %1$s is not on the frontend (removed, or misspelt): readers see %2$s instead. Activate one of the themes below.', 'pressfront-bridge'),
            '<strong>' . esc_html($view['active']) . '</strong>',
            '<strong>' . esc_html($known['default']) . '</strong>'
        );
        ?>
      </p></div>
    <?php endif; ?>
    <div class="pf-themes">
      <?php foreach ($known['themes'] as $theme) : ?>
        <?php $is_active = $theme['name'] === $view['shown']; ?>
        <section class="pf-theme card" aria-labelledby="pf-theme-<?php echo esc_attr($theme['name']); ?>" data-theme="<?php echo esc_attr($theme['name']); ?>">
          <?php if ($theme['screenshot']) : ?>
            <img class="pf-theme-screenshot" src="<?php echo esc_url($theme['screenshot']); ?>" alt="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ __('%s, as readers see it', 'pressfront-bridge'), $theme['label'])); ?>">
          <?php endif; ?>
          <h2 id="pf-theme-<?php echo esc_attr($theme['name']); ?>"><?php echo esc_html($theme['label']); ?>
            <?php if ($is_active) : ?>
              <span class="pf-theme-active"> — <?php esc_html_e('Active', 'pressfront-bridge'); ?></span>
            <?php endif; ?>
          </h2>
          <p><?php echo esc_html($theme['description']); ?></p>
          <p class="description">
            <?php
            /* translators: 1: theme name, 2: version */
            printf(esc_html__('%1$s · version %2$s', 'pressfront-bridge'), esc_html($theme['name']), esc_html($theme['version']));
            ?>
          </p>
          <p class="pf-theme-actions">
            <a class="button" href="<?php echo esc_url(ThemesScreen::url(['customize' => $theme['name']])); ?>"
              aria-label="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ $is_active ? __('Customise %s', 'pressfront-bridge') : __('Live preview %s', 'pressfront-bridge'), $theme['label'])); ?>">
              <?php echo $is_active ? esc_html__('Customise', 'pressfront-bridge') : esc_html__('Live preview', 'pressfront-bridge'); ?>
            </a>
          </p>
          <?php if (!$is_active) : ?>
            <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
              <input type="hidden" name="action" value="<?php echo esc_attr(ThemePreview::ACTIVATE_ACTION); ?>">
              <input type="hidden" name="theme" value="<?php echo esc_attr($theme['name']); ?>">
              <?php wp_nonce_field(ThemePreview::ACTIVATE_ACTION); ?>
              <button type="submit" class="button button-primary" <?php disabled($known['pinned'] !== ''); ?>
                aria-label="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ __('Activate %s', 'pressfront-bridge'), $theme['label'])); ?>">
                <?php esc_html_e('Activate', 'pressfront-bridge'); ?>
              </button>
            </form>
          <?php endif; ?>
        </section>
      <?php endforeach; ?>
    </div>
  <?php endif; ?>
</div>
