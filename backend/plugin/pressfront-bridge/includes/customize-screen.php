<?php
// Appearance → Pressfront themes → Customise / Live preview: WordPress's Customizer, for a
// Pressfront theme. On the left the site identity (title, tagline, logo, icon — WordPress's own
// options) and the theme's options as a form generated from the schema the frontend publishes
// (/api/themes/: no per-theme form here); on the right the site itself in that theme, for this
// administrator only (theme-preview.php), following the form before anything is saved. Saving
// asks the frontend to check the options (its schema and contrast guard decide), then stores
// them; a refusal keeps what was typed and says why.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_CUSTOMIZE_NONCE = 'pressfront_bridge_customize';

/** What a refused save left for the form to show again: ['theme', 'values', 'identity', 'errors']. */
function pressfront_bridge_customize_leftover_key(): string
{
    return 'pressfront_bridge_customize_' . get_current_user_id();
}

/**
 * A stored value as its field takes it, else the field's default: what the database holds may have
 * been edited by hand, and the form (and the preview made from it) must still open. The frontend,
 * which renders it, applies the same rule on every read.
 */
function pressfront_bridge_field_value(array $field, $value)
{
    $default = $field['default'] ?? '';
    switch ($field['kind'] ?? '') {
        case 'toggle':
            return is_bool($value) ? $value : $default;
        case 'color':
            return is_string($value) && preg_match('/^#[0-9a-fA-F]{6}$/', $value) ? strtolower($value) : $default;
        case 'choice':
            $choices = array_column((array) ($field['choices'] ?? []), 'value');
            return is_string($value) && in_array($value, $choices, true) ? $value : $default;
        default:
            return is_string($value) && trim($value) !== '' ? $value : $default;
    }
}

/** The options to show for $theme: what was stored, over each field's default. */
function pressfront_bridge_current_options(array $theme): array
{
    $stored = pressfront_bridge_stored_theme_options()[$theme['name']] ?? [];
    $values = [];
    foreach ($theme['options'] as $field) {
        $name = (string) ($field['name'] ?? '');
        $values[$name] = is_array($stored) && array_key_exists($name, $stored)
            ? pressfront_bridge_field_value($field, $stored[$name])
            : ($field['default'] ?? '');
    }
    return $values;
}

/** The submitted options, typed as the fields say (a toggle is true or false, the rest text). */
function pressfront_bridge_submitted_options(array $theme): array
{
    $posted = isset($_POST['options']) && is_array($_POST['options']) ? wp_unslash($_POST['options']) : [];
    $values = [];
    foreach ($theme['options'] as $field) {
        $name = (string) ($field['name'] ?? '');
        if (($field['kind'] ?? '') === 'toggle') {
            $values[$name] = ($posted[$name] ?? '0') === '1';
        } elseif (isset($posted[$name]) && is_string($posted[$name])) {
            $values[$name] = $posted[$name];
        }
    }
    return $values;
}

function pressfront_bridge_customize_assets(string $hook): void
{
    if ($hook !== 'appearance_page_' . PRESSFRONT_BRIDGE_THEMES_PAGE || empty($_GET['customize'])) {
        return;
    }
    wp_enqueue_media();
    wp_enqueue_script('pressfront-bridge-customize', plugins_url('assets/customize.js', dirname(__DIR__) . '/pressfront-bridge.php'), ['jquery'], '0.1.0', true);
    wp_localize_script('pressfront-bridge-customize', 'pressfrontCustomize', [
        'ajaxUrl' => admin_url('admin-ajax.php'),
        'nonce' => wp_create_nonce(PRESSFRONT_BRIDGE_CUSTOMIZE_NONCE),
        /* translators: 1: the colour chosen, 2: its contrast ratio, 3: "light" or "dark", 4: "background" or "surface", 5: that colour, 6: the ratio needed */
        'contrast' => __('%1$s has a contrast of %2$s:1 against the %3$s scheme’s %4$s %5$s; WCAG AA needs at least %6$s:1', 'pressfront-bridge'),
        'previewFailed' => __('The preview could not be updated; the form keeps your changes.', 'pressfront-bridge'),
        'chooseImage' => __('Choose an image', 'pressfront-bridge'),
        'useImage' => __('Use this image', 'pressfront-bridge'),
    ]);
}
add_action('admin_enqueue_scripts', 'pressfront_bridge_customize_assets');

/** One generated form field. */
function pressfront_bridge_render_option_field(array $field, $value, string $error): void
{
    // Option names are camelCase (showAuthor): sanitize_key would lowercase them.
    $name = preg_replace('/[^A-Za-z0-9_]/', '', (string) ($field['name'] ?? ''));
    $kind = (string) ($field['kind'] ?? '');
    $id = 'pf-option-' . $name;
    $input_name = 'options[' . $name . ']';
    $help_id = $id . '-help';
    $message_id = $id . '-message';
    ?>
    <div class="pf-field" style="margin:0 0 16px">
      <?php if ($kind === 'toggle') : ?>
        <input type="hidden" name="<?php echo esc_attr($input_name); ?>" value="0">
        <label for="<?php echo esc_attr($id); ?>">
          <input type="checkbox" id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" value="1" aria-describedby="<?php echo esc_attr($help_id); ?>" <?php checked((bool) $value); ?>>
          <?php echo esc_html((string) ($field['label'] ?? $name)); ?>
        </label>
      <?php else : ?>
        <label for="<?php echo esc_attr($id); ?>" style="display:block;font-weight:600;margin-bottom:4px"><?php echo esc_html((string) ($field['label'] ?? $name)); ?></label>
        <?php if ($kind === 'color') : ?>
          <input type="color" id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" value="<?php echo esc_attr((string) $value); ?>"
            data-scheme="<?php echo esc_attr((string) ($field['scheme'] ?? 'light')); ?>"
            data-against="<?php echo esc_attr(wp_json_encode($field['against'] ?? [])); ?>"
            data-minimum="<?php echo esc_attr((string) ($field['minimumRatio'] ?? 4.5)); ?>"
            aria-describedby="<?php echo esc_attr($help_id . ' ' . $message_id); ?>">
          <code class="pf-color-value"><?php echo esc_html((string) $value); ?></code>
        <?php elseif ($kind === 'choice') : ?>
          <select id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" aria-describedby="<?php echo esc_attr($help_id); ?>">
            <?php foreach ((array) ($field['choices'] ?? []) as $choice) : ?>
              <option value="<?php echo esc_attr((string) ($choice['value'] ?? '')); ?>" <?php selected((string) $value, (string) ($choice['value'] ?? '')); ?>><?php echo esc_html((string) ($choice['label'] ?? '')); ?></option>
            <?php endforeach; ?>
          </select>
        <?php else : ?>
          <input type="text" class="regular-text" id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" value="<?php echo esc_attr((string) $value); ?>"
            maxlength="<?php echo esc_attr((string) (int) ($field['maxLength'] ?? 200)); ?>" required aria-describedby="<?php echo esc_attr($help_id); ?>">
        <?php endif; ?>
      <?php endif; ?>
      <p class="description" id="<?php echo esc_attr($help_id); ?>"><?php echo esc_html((string) ($field['help'] ?? '')); ?></p>
      <p class="pf-field-message" id="<?php echo esc_attr($message_id); ?>" role="alert" style="color:#b32d2e;margin:4px 0 0"><?php echo esc_html($error); ?></p>
    </div>
    <?php
}

/** A media picker for a site-identity image kept as an attachment id in a core option. */
function pressfront_bridge_render_image_field(string $option, string $label, string $help, int $id): void
{
    $url = $id ? wp_get_attachment_image_url($id, 'medium') : '';
    ?>
    <div class="pf-field pf-image-field" style="margin:0 0 16px" data-option="<?php echo esc_attr($option); ?>">
      <p style="font-weight:600;margin:0 0 4px" id="pf-<?php echo esc_attr($option); ?>-label"><?php echo esc_html($label); ?></p>
      <input type="hidden" name="identity[<?php echo esc_attr($option); ?>]" value="<?php echo esc_attr((string) $id); ?>">
      <img src="<?php echo esc_url((string) $url); ?>" alt="" style="max-width:160px;max-height:80px;<?php echo $url ? '' : 'display:none'; ?>">
      <p style="display:flex;gap:8px">
        <button type="button" class="button pf-image-choose" aria-describedby="pf-<?php echo esc_attr($option); ?>-label"><?php esc_html_e('Choose…', 'pressfront-bridge'); ?></button>
        <button type="button" class="button-link pf-image-remove" aria-describedby="pf-<?php echo esc_attr($option); ?>-label" <?php echo $id ? '' : 'hidden'; ?>><?php esc_html_e('Remove', 'pressfront-bridge'); ?></button>
      </p>
      <p class="description"><?php echo esc_html($help); ?></p>
    </div>
    <?php
}

/** The Customise screen for one theme: the form on the left, the live preview on the right. */
function pressfront_bridge_customize_page(array $known, string $name): void
{
    $theme = $known['themes'][$name];
    $is_active = $name === pressfront_bridge_shown_theme($known);
    $values = pressfront_bridge_current_options($theme);
    // The preview opens with what the frontend accepted; a refused leftover would not render.
    $previewed = $values;
    $identity = [
        'blogname' => get_option('blogname'),
        'blogdescription' => get_option('blogdescription'),
        'site_logo' => (int) get_option('site_logo', 0),
        'site_icon' => (int) get_option('site_icon', 0),
    ];
    $errors = [];
    $leftover = get_transient(pressfront_bridge_customize_leftover_key());
    if (is_array($leftover) && ($leftover['theme'] ?? '') === $name) {
        // A refused save: show what was typed, and why it was refused.
        foreach ($theme['options'] as $field) {
            $field_name = (string) ($field['name'] ?? '');
            if (array_key_exists($field_name, (array) $leftover['values'])) {
                $typed = $leftover['values'][$field_name];
                $values[$field_name] = ($field['kind'] ?? '') === 'toggle' ? ($typed === true || $typed === '1') : (string) $typed;
            }
        }
        $identity = array_merge($identity, (array) $leftover['identity']);
        $errors = (array) $leftover['errors'];
        delete_transient(pressfront_bridge_customize_leftover_key());
        if (!$errors) {
            $previewed = array_map('pressfront_bridge_field_value', $theme['options'], array_values($values));
            $previewed = array_combine(array_keys($values), $previewed);
        }
    }
    $notice = sanitize_key($_GET['notice'] ?? '');
    $messages = [
        'saved' => ['success', __('Saved. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
        'activated' => ['success', __('Saved and activated. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
        'refused' => ['error', __('Nothing was saved: the frontend refused some options (see below). Your changes are still in the form.', 'pressfront-bridge')],
        'unreachable' => ['error', __('Nothing was saved: the frontend could not be reached. Your changes are still in the form.', 'pressfront-bridge')],
        'pinned' => ['error', __('The frontend’s configuration pins its theme, so nothing was changed.', 'pressfront-bridge')],
    ];
    $preview = pressfront_bridge_theme_preview_url($name, $previewed);
    ?>
    <div class="wrap pf-customize">
      <h1>
        <?php
        printf(
            /* translators: %s: theme label */
            $is_active ? esc_html__('Customise %s', 'pressfront-bridge') : esc_html__('Live preview: %s', 'pressfront-bridge'),
            esc_html($theme['label'])
        );
        ?>
      </h1>
      <?php if (isset($messages[$notice])) : ?>
        <div class="notice notice-<?php echo esc_attr($messages[$notice][0]); ?>"><p><?php echo esc_html($messages[$notice][1]); ?></p></div>
      <?php endif; ?>
      <?php if ($errors) : ?>
        <div class="notice notice-error pf-refusals"><ul>
          <?php foreach ($errors as $message) : ?>
            <li><?php echo esc_html((string) $message); ?></li>
          <?php endforeach; ?>
        </ul></div>
      <?php endif; ?>
      <div style="display:grid;grid-template-columns:minmax(280px,340px) 1fr;gap:20px;align-items:start;margin-top:12px">
        <form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>" id="pf-customize-form" data-theme="<?php echo esc_attr($name); ?>" style="background:#fff;border:1px solid #c3c4c7;padding:16px;max-height:calc(100vh - 150px);overflow:auto">
          <input type="hidden" name="action" value="pressfront_bridge_save_theme_options">
          <input type="hidden" name="theme" value="<?php echo esc_attr($name); ?>">
          <?php wp_nonce_field(PRESSFRONT_BRIDGE_CUSTOMIZE_NONCE); ?>
          <h2 style="margin-top:0"><?php esc_html_e('Site identity', 'pressfront-bridge'); ?></h2>
          <p style="margin:0 0 16px">
            <label for="pf-blogname" style="display:block;font-weight:600"><?php esc_html_e('Site title', 'pressfront-bridge'); ?></label>
            <input type="text" class="regular-text" id="pf-blogname" name="identity[blogname]" value="<?php echo esc_attr((string) $identity['blogname']); ?>">
          </p>
          <p style="margin:0 0 16px">
            <label for="pf-blogdescription" style="display:block;font-weight:600"><?php esc_html_e('Tagline', 'pressfront-bridge'); ?></label>
            <input type="text" class="regular-text" id="pf-blogdescription" name="identity[blogdescription]" value="<?php echo esc_attr((string) $identity['blogdescription']); ?>">
          </p>
          <?php
          pressfront_bridge_render_image_field('site_logo', __('Logo', 'pressfront-bridge'), __('Shown in the header of every theme, beside or instead of the title.', 'pressfront-bridge'), (int) $identity['site_logo']);
          pressfront_bridge_render_image_field('site_icon', __('Site icon', 'pressfront-bridge'), __('The browser tab’s and home screen’s icon: a square image, 512 × 512 pixels or larger.', 'pressfront-bridge'), (int) $identity['site_icon']);
          ?>
          <h2><?php esc_html_e('Theme options', 'pressfront-bridge'); ?></h2>
          <?php
          foreach ($theme['options'] as $field) {
              $field_name = (string) ($field['name'] ?? '');
              pressfront_bridge_render_option_field($field, $values[$field_name] ?? '', (string) ($errors[$field_name] ?? ''));
          }
          ?>
          <p style="display:flex;gap:8px;flex-wrap:wrap;position:sticky;bottom:-16px;background:#fff;padding:8px 0;margin-bottom:0">
            <button type="submit" name="intent" value="save" class="button <?php echo $is_active ? 'button-primary' : ''; ?>"><?php esc_html_e('Save', 'pressfront-bridge'); ?></button>
            <?php if (!$is_active) : ?>
              <button type="submit" name="intent" value="activate" class="button button-primary" <?php disabled($known['pinned'] !== ''); ?>><?php esc_html_e('Save and activate', 'pressfront-bridge'); ?></button>
            <?php endif; ?>
            <a class="button-link" style="align-self:center" href="<?php echo esc_url(pressfront_bridge_themes_url()); ?>"><?php esc_html_e('Exit', 'pressfront-bridge'); ?></a>
          </p>
        </form>
        <div>
          <?php if ($preview) : ?>
            <iframe id="pf-preview" title="<?php echo esc_attr(sprintf(/* translators: %s: theme label */ __('The site in %s, as only you see it', 'pressfront-bridge'), $theme['label'])); ?>"
              src="<?php echo esc_url($preview); ?>" style="width:100%;height:calc(100vh - 150px);border:1px solid #c3c4c7;background:#fff"></iframe>
            <p class="pf-preview-status" role="status" style="margin:4px 0 0"></p>
          <?php endif; ?>
        </div>
      </div>
    </div>
    <?php
}

/** An image a site-identity option may point at: an image attachment, else 0 (none). */
function pressfront_bridge_identity_image($value): int
{
    $id = absint($value);
    return $id && wp_attachment_is_image($id) ? $id : 0;
}

/**
 * Saves the Customise form: the frontend checks the theme's options first (and refuses, per
 * option, what it will not render — a colour without AA contrast above all); only then are the
 * site identity, the options and, when asked, the activation stored. Refused or unreachable:
 * nothing is stored and the form shows what was typed.
 */
function pressfront_bridge_save_theme_options(): void
{
    if (!current_user_can('switch_themes')) {
        wp_die(esc_html__('You may not customise the site’s theme.', 'pressfront-bridge'), 403);
    }
    check_admin_referer(PRESSFRONT_BRIDGE_CUSTOMIZE_NONCE);
    $name = pressfront_bridge_sanitize_theme(wp_unslash($_POST['theme'] ?? ''));
    $posted_identity = isset($_POST['identity']) && is_array($_POST['identity']) ? wp_unslash($_POST['identity']) : [];
    $identity = [
        'blogname' => sanitize_text_field((string) ($posted_identity['blogname'] ?? get_option('blogname'))),
        'blogdescription' => sanitize_text_field((string) ($posted_identity['blogdescription'] ?? get_option('blogdescription'))),
        'site_logo' => pressfront_bridge_identity_image($posted_identity['site_logo'] ?? 0),
        'site_icon' => pressfront_bridge_identity_image($posted_identity['site_icon'] ?? 0),
    ];
    $back = pressfront_bridge_themes_url(['customize' => $name]);
    $known = pressfront_bridge_frontend_themes();
    if (is_wp_error($known)) {
        // Without the frontend its fields are unknown: keep what was typed as it came.
        $posted = isset($_POST['options']) && is_array($_POST['options']) ? array_map('strval', array_filter(wp_unslash($_POST['options']), 'is_string')) : [];
        set_transient(pressfront_bridge_customize_leftover_key(), ['theme' => $name, 'values' => $posted, 'identity' => $identity, 'errors' => []], 10 * MINUTE_IN_SECONDS);
        wp_safe_redirect(add_query_arg('notice', 'unreachable', $back));
        exit;
    }
    if (!isset($known['themes'][$name])) {
        wp_safe_redirect(pressfront_bridge_themes_url(['notice' => 'unknown']));
        exit;
    }
    $activate = ($_POST['intent'] ?? '') === 'activate';
    if ($activate && $known['pinned'] !== '') {
        wp_safe_redirect(add_query_arg('notice', 'pinned', $back));
        exit;
    }
    $values = pressfront_bridge_submitted_options($known['themes'][$name]);
    $response = pressfront_bridge_ask_frontend($known['frontend'], 'POST', '/api/themes/options/', 'theme-options', (string) wp_json_encode(['theme' => $name, 'options' => (object) $values]));
    $code = is_wp_error($response) ? 0 : (int) wp_remote_retrieve_response_code($response);
    $answer = $code ? json_decode(wp_remote_retrieve_body($response), true) : null;
    if ($code !== 200 || !is_array($answer) || !isset($answer['values']) || !is_array($answer['values'])) {
        $errors = $code === 422 && is_array($answer['errors'] ?? null) ? array_map('strval', $answer['errors']) : [];
        set_transient(pressfront_bridge_customize_leftover_key(), ['theme' => $name, 'values' => $values, 'identity' => $identity, 'errors' => $errors], 10 * MINUTE_IN_SECONDS);
        wp_safe_redirect(add_query_arg('notice', $errors ? 'refused' : 'unreachable', $back));
        exit;
    }
    foreach ($identity as $option => $value) {
        update_option($option, $value);
    }
    pressfront_bridge_store_theme_options($name, $answer['values']);
    if ($activate) {
        update_option(PRESSFRONT_BRIDGE_THEME_OPTION, $name);
    }
    wp_safe_redirect(add_query_arg('notice', $activate ? 'activated' : 'saved', $back));
    exit;
}
add_action('admin_post_pressfront_bridge_save_theme_options', 'pressfront_bridge_save_theme_options');
