<?php
// Appearance → Pressfront themes: the frontend's themes, as a site owner expects to choose a
// theme — label, description, version, screenshot, the active one marked, "Activate" for the
// others. The list comes from the frontend (a request signed with the shared secret); activating
// sets the option the frontend reads (themes.php). Where the site is served by Pressfront,
// WordPress's own Themes, Customize and Site Editor screens lead here: the PHP theme they would
// show is not what readers see.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_THEMES_PAGE = 'pressfront-themes';

function pressfront_bridge_themes_url(array $args = []): string
{
    return add_query_arg($args, admin_url('themes.php?page=' . PRESSFRONT_BRIDGE_THEMES_PAGE));
}

/**
 * A request to a frontend, signed like every message between us: HMAC-SHA256 with the shared
 * secret over "<context>.<timestamp>.<body>".
 *
 * @return array|WP_Error
 */
function pressfront_bridge_ask_frontend(string $frontend, string $method, string $path, string $context, string $body)
{
    $timestamp = time();
    return wp_remote_request($frontend . $path, [
        'method' => $method,
        'timeout' => 5,
        'redirection' => 0,
        'body' => $method === 'GET' ? null : $body,
        'headers' => [
            'Content-Type' => 'application/json',
            'X-Pressfront-Timestamp' => (string) $timestamp,
            'X-Pressfront-Signature' => hash_hmac('sha256', $context . '.' . $timestamp . '.' . $body, pressfront_bridge_secret()),
        ],
    ]);
}

/**
 * What the first frontend says it has: ['frontend', 'themes' => [[name, label, description,
 * version, screenshot]], 'default', 'pinned'], or a WP_Error when it cannot be asked.
 *
 * @return array|WP_Error
 */
function pressfront_bridge_frontend_themes()
{
    $frontend = pressfront_bridge_frontends()[0] ?? null;
    if (!$frontend) {
        return new WP_Error('pressfront_no_frontend', __('No frontend address is set under Settings → Pressfront, so there are no themes to choose from.', 'pressfront-bridge'));
    }
    $response = pressfront_bridge_ask_frontend($frontend, 'GET', '/api/themes/', 'themes', '');
    $data = is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200
        ? null
        : json_decode(wp_remote_retrieve_body($response), true);
    if (!is_array($data) || !isset($data['themes']) || !is_array($data['themes'])) {
        return new WP_Error('pressfront_frontend_unreachable', sprintf(
            /* translators: %s: the frontend's address */
            __('The frontend at %s could not be reached (or did not accept this site’s signature), so its themes cannot be shown and nothing was changed.', 'pressfront-bridge'),
            $frontend
        ));
    }
    $themes = [];
    foreach ($data['themes'] as $theme) {
        $name = pressfront_bridge_sanitize_theme($theme['name'] ?? '');
        if ($name === '') {
            continue;
        }
        $screenshot = is_string($theme['screenshot'] ?? null) && preg_match('#^/[A-Za-z0-9/_.-]+$#', $theme['screenshot'])
            ? $frontend . $theme['screenshot']
            : '';
        $themes[$name] = [
            'name' => $name,
            'label' => sanitize_text_field((string) ($theme['label'] ?? $name)),
            'description' => sanitize_text_field((string) ($theme['description'] ?? '')),
            'version' => sanitize_text_field((string) ($theme['version'] ?? '')),
            'screenshot' => $screenshot,
            // The form fields of its options (kind, label, help, default, choices…): rendered
            // escaped, and whatever is submitted is checked by the frontend before it is stored.
            'options' => isset($theme['options']) && is_array($theme['options']) ? array_values(array_filter($theme['options'], 'is_array')) : [],
        ];
    }
    return [
        'frontend' => $frontend,
        'themes' => $themes,
        'default' => pressfront_bridge_sanitize_theme($data['default'] ?? ''),
        'pinned' => pressfront_bridge_sanitize_theme($data['pinned'] ?? ''),
    ];
}

/** The theme readers see: the pinned one, else the one activated here, else the frontend's default. */
function pressfront_bridge_shown_theme(array $known): string
{
    $active = pressfront_bridge_sanitize_theme(get_option(PRESSFRONT_BRIDGE_THEME_OPTION, ''));
    return $known['pinned'] !== '' ? $known['pinned'] : ($active !== '' ? $active : $known['default']);
}

function pressfront_bridge_themes_menu(): void
{
    add_theme_page(
        __('Pressfront themes', 'pressfront-bridge'),
        __('Pressfront themes', 'pressfront-bridge'),
        'switch_themes',
        PRESSFRONT_BRIDGE_THEMES_PAGE,
        'pressfront_bridge_themes_page'
    );
}
add_action('admin_menu', 'pressfront_bridge_themes_menu');

/** WordPress's own theme screens, where Pressfront serves the site: here instead. */
function pressfront_bridge_lead_to_themes_screen(): void
{
    if (pressfront_bridge_frontends() && current_user_can('switch_themes')) {
        wp_safe_redirect(pressfront_bridge_themes_url(['from' => 'wordpress']));
        exit;
    }
}
add_action('load-themes.php', 'pressfront_bridge_lead_to_themes_screen');
add_action('load-customize.php', 'pressfront_bridge_lead_to_themes_screen');
add_action('load-site-editor.php', 'pressfront_bridge_lead_to_themes_screen');

function pressfront_bridge_activate_theme(): void
{
    if (!current_user_can('switch_themes')) {
        wp_die(esc_html__('You may not choose the site’s theme.', 'pressfront-bridge'), 403);
    }
    // A POST from this screen, or the nonce'd link of a live preview's "Activate".
    check_admin_referer('pressfront_bridge_activate_theme');
    $name = pressfront_bridge_sanitize_theme(wp_unslash($_REQUEST['theme'] ?? ''));
    $known = pressfront_bridge_frontend_themes();
    if (is_wp_error($known)) {
        $notice = 'unreachable';
    } elseif ($known['pinned'] !== '') {
        $notice = 'pinned';
    } elseif (!isset($known['themes'][$name])) {
        $notice = 'unknown';
    } else {
        update_option(PRESSFRONT_BRIDGE_THEME_OPTION, $name);
        $notice = 'activated';
    }
    wp_safe_redirect(pressfront_bridge_themes_url(['notice' => $notice]));
    exit;
}
add_action('admin_post_pressfront_bridge_activate_theme', 'pressfront_bridge_activate_theme');

function pressfront_bridge_themes_page(): void
{
    if (!current_user_can('switch_themes')) {
        return;
    }
    $known = pressfront_bridge_frontend_themes();
    $customize = pressfront_bridge_sanitize_theme(wp_unslash($_GET['customize'] ?? ''));
    if ($customize !== '' && !is_wp_error($known) && isset($known['themes'][$customize])) {
        pressfront_bridge_customize_page($known, $customize);
        return;
    }
    $active = pressfront_bridge_sanitize_theme(get_option(PRESSFRONT_BRIDGE_THEME_OPTION, ''));
    $notice = sanitize_key($_GET['notice'] ?? '');
    $messages = [
        'activated' => ['success', __('Theme activated. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
        'pinned' => ['error', __('The frontend’s configuration pins its theme, so nothing was changed.', 'pressfront-bridge')],
        'unknown' => ['error', __('The frontend does not have that theme, so nothing was changed.', 'pressfront-bridge')],
        'unreachable' => ['error', __('The frontend could not be reached, so nothing was changed.', 'pressfront-bridge')],
    ];
    ?>
    <div class="wrap">
      <h1><?php esc_html_e('Pressfront themes', 'pressfront-bridge'); ?></h1>
      <?php if (isset($_GET['from'])) : ?>
        <div class="notice notice-info"><p><?php esc_html_e('Readers see this site through Pressfront: its look is chosen here, not among WordPress’s PHP themes.', 'pressfront-bridge'); ?></p></div>
      <?php endif; ?>
      <?php if (isset($messages[$notice])) : ?>
        <div class="notice notice-<?php echo esc_attr($messages[$notice][0]); ?>"><p><?php echo esc_html($messages[$notice][1]); ?></p></div>
      <?php endif; ?>
      <?php if (is_wp_error($known)) : ?>
        <div class="notice notice-error"><p><?php echo esc_html($known->get_error_message()); ?></p></div>
      <?php else : ?>
        <?php
        $shown = pressfront_bridge_shown_theme($known);
        if ($known['pinned'] !== '') :
            ?>
          <div class="notice notice-warning"><p>
            <?php
            printf(
                /* translators: %s: the pinned theme's name */
                esc_html__('The frontend’s configuration pins the theme %s (PRESSFRONT_THEME): it cannot be changed here until that setting is removed.', 'pressfront-bridge'),
                '<strong>' . esc_html($known['pinned']) . '</strong>'
            );
            ?>
          </p></div>
        <?php elseif ($active !== '' && !isset($known['themes'][$active])) : ?>
          <div class="notice notice-warning"><p>
            <?php
            printf(
                /* translators: 1: the activated theme's name, 2: the default theme's name */
                esc_html__('The active theme %1$s is not on the frontend (removed, or misspelt): readers see %2$s instead. Activate one of the themes below.', 'pressfront-bridge'),
                '<strong>' . esc_html($active) . '</strong>',
                '<strong>' . esc_html($known['default']) . '</strong>'
            );
            ?>
          </p></div>
        <?php endif; ?>
        <div class="pf-themes" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:24px;margin-top:16px">
          <?php foreach ($known['themes'] as $theme) : ?>
            <?php $is_active = $theme['name'] === $shown; ?>
            <section class="pf-theme card" aria-labelledby="pf-theme-<?php echo esc_attr($theme['name']); ?>" data-theme="<?php echo esc_attr($theme['name']); ?>" style="margin:0;max-width:none">
              <?php if ($theme['screenshot']) : ?>
                <img src="<?php echo esc_url($theme['screenshot']); ?>" alt="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ __('%s, as readers see it', 'pressfront-bridge'), $theme['label'])); ?>" style="width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;object-position:top">
              <?php endif; ?>
              <h2 id="pf-theme-<?php echo esc_attr($theme['name']); ?>"><?php echo esc_html($theme['label']); ?>
                <?php if ($is_active) : ?><span class="pf-theme-active"> — <?php esc_html_e('Active', 'pressfront-bridge'); ?></span><?php endif; ?>
              </h2>
              <p><?php echo esc_html($theme['description']); ?></p>
              <p class="description">
                <?php
                /* translators: 1: theme name, 2: version */
                printf(esc_html__('%1$s · version %2$s', 'pressfront-bridge'), esc_html($theme['name']), esc_html($theme['version']));
                ?>
              </p>
              <p class="pf-theme-actions" style="display:flex;gap:8px;flex-wrap:wrap;align-items:center">
                <a class="button" href="<?php echo esc_url(pressfront_bridge_themes_url(['customize' => $theme['name']])); ?>"
                  aria-label="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ $is_active ? __('Customise %s', 'pressfront-bridge') : __('Live preview %s', 'pressfront-bridge'), $theme['label'])); ?>">
                  <?php echo $is_active ? esc_html__('Customise', 'pressfront-bridge') : esc_html__('Live preview', 'pressfront-bridge'); ?>
                </a>
              </p>
              <?php if (!$is_active) : ?>
                <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
                  <input type="hidden" name="action" value="pressfront_bridge_activate_theme">
                  <input type="hidden" name="theme" value="<?php echo esc_attr($theme['name']); ?>">
                  <?php wp_nonce_field('pressfront_bridge_activate_theme'); ?>
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
    <?php
}
