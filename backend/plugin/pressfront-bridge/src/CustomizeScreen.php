<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Appearance → Pressfront themes → Customise / Live preview: WordPress's Customizer, for a
 * Pressfront theme. On the left the site identity (title, tagline, logo, icon — WordPress's own
 * options) and the theme's options as a form generated from the schema the frontend publishes
 * (/api/themes/: no per-theme form here); on the right the site itself in that theme, for this
 * administrator only (ThemePreview), following the form before anything is saved. Saving asks the
 * frontend to check the options (its schema and contrast guard decide), then stores them; a
 * refusal keeps what was typed and says why.
 *
 * Capabilities as core's Customizer asks them: the theme's options need switch_themes; the title,
 * tagline and icon manage_options; the logo edit_theme_options. A field the user may not change is
 * neither shown nor saved.
 */
final class CustomizeScreen
{
    public const SAVE_ACTION = 'pressfront_bridge_save_theme_options';
    public const LEFTOVER_TRANSIENT = 'pressfront_bridge_customize_';
    /** The site identity's options, and the capability core asks for each. */
    private const IDENTITY = [
        'blogname' => 'manage_options',
        'blogdescription' => 'manage_options',
        'site_icon' => 'manage_options',
        'site_logo' => 'edit_theme_options',
    ];

    /** @var Frontends */
    private $frontends;
    /** @var Themes */
    private $themes;
    /** @var ThemesScreen */
    private $screen;
    /** @var ThemePreview */
    private $preview;

    public function __construct(Frontends $frontends, Themes $themes, ThemesScreen $screen, ThemePreview $preview)
    {
        $this->frontends = $frontends;
        $this->themes = $themes;
        $this->screen = $screen;
        $this->preview = $preview;
    }

    public function register(): void
    {
        $this->screen->opens($this);
        add_action('admin_enqueue_scripts', [$this, 'assets']);
        add_action('admin_post_' . self::SAVE_ACTION, [$this, 'save']);
    }

    /** What a refused save left for the form to show again: ['theme', 'values', 'identity', 'errors']. */
    private function leftover_key(): string
    {
        return self::LEFTOVER_TRANSIENT . get_current_user_id();
    }

    /** The identity options this user may change. */
    private function editable_identity(): array
    {
        return array_keys(array_filter(self::IDENTITY, 'current_user_can'));
    }

    /**
     * A stored value as its field takes it, else the field's default: what the database holds may
     * have been edited by hand, and the form (and the preview made from it) must still open. The
     * frontend, which renders it, applies the same rule on every read.
     */
    public static function field_value(array $field, $value)
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
    private function current_options(array $theme): array
    {
        $stored = $this->themes->stored_options()[$theme['name']] ?? [];
        $values = [];
        foreach ($theme['options'] as $field) {
            $name = (string) ($field['name'] ?? '');
            $values[$name] = is_array($stored) && array_key_exists($name, $stored)
                ? self::field_value($field, $stored[$name])
                : ($field['default'] ?? '');
        }
        return $values;
    }

    /** The submitted options, typed as the fields say (a toggle is true or false, the rest text). */
    private function submitted_options(array $theme): array
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

    public function assets(string $hook): void
    {
        if ($hook !== 'appearance_page_' . ThemesScreen::PAGE || empty($_GET['customize'])) {
            return;
        }
        wp_enqueue_media();
        wp_enqueue_script('pressfront-bridge-customize', Plugin::asset_url('customize.js'), ['jquery'], Plugin::VERSION, true);
        wp_localize_script('pressfront-bridge-customize', 'pressfrontCustomize', [
            'ajaxUrl' => admin_url('admin-ajax.php'),
            'action' => ThemePreview::AJAX_ACTION,
            'nonce' => wp_create_nonce(ThemePreview::CUSTOMIZE_NONCE),
            /* translators: 1: the colour chosen, 2: its contrast ratio, 3: "light" or "dark", 4: "background" or "surface", 5: that colour, 6: the ratio needed */
            'contrast' => __('%1$s has a contrast of %2$s:1 against the %3$s scheme’s %4$s %5$s; WCAG AA needs at least %6$s:1', 'pressfront-bridge'),
            'previewFailed' => __('The preview could not be updated; the form keeps your changes.', 'pressfront-bridge'),
            'chooseImage' => __('Choose an image', 'pressfront-bridge'),
            'useImage' => __('Use this image', 'pressfront-bridge'),
        ]);
    }

    /** The Customise screen for one theme: the form on the left, the live preview on the right. */
    public function render(array $known, string $name): void
    {
        $theme = $known['themes'][$name];
        $values = $this->current_options($theme);
        // The preview opens with what the frontend accepted; a refused leftover would not render.
        $previewed = $values;
        $identity = [
            'blogname' => get_option('blogname'),
            'blogdescription' => get_option('blogdescription'),
            'site_logo' => (int) get_option('site_logo', 0),
            'site_icon' => (int) get_option('site_icon', 0),
        ];
        $errors = [];
        $leftover = get_transient($this->leftover_key());
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
            delete_transient($this->leftover_key());
            if (!$errors) {
                $previewed = array_combine(
                    array_keys($values),
                    array_map([self::class, 'field_value'], $theme['options'], array_values($values))
                );
            }
        }
        $view = [
            'name' => $name,
            'theme' => $theme,
            'is_active' => $name === $this->screen->shown_theme($known),
            'pinned' => $known['pinned'] !== '',
            'values' => $values,
            'identity' => $identity,
            'editable_identity' => $this->editable_identity(),
            'errors' => $errors,
            'preview' => $this->preview->url($name, $previewed),
            'notice' => sanitize_key($_GET['notice'] ?? ''),
            'messages' => [
                'saved' => ['success', __('Saved. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
                'activated' => ['success', __('Saved and activated. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
                'refused' => ['error', __('Nothing was saved: the frontend refused some options (see below). Your changes are still in the form.', 'pressfront-bridge')],
                'unreachable' => ['error', __('Nothing was saved: the frontend could not be reached. Your changes are still in the form.', 'pressfront-bridge')],
                'pinned' => ['error', __('The frontend’s configuration pins its theme, so nothing was changed.', 'pressfront-bridge')],
            ],
        ];
        require Plugin::view('customize-screen');
    }

    /** An image a site-identity option may point at: an image attachment, else 0 (none). */
    private static function identity_image($value): int
    {
        $id = absint($value);
        return $id && wp_attachment_is_image($id) ? $id : 0;
    }

    /** The identity fields in $posted (unslashed) that this user may change, sanitised. */
    public function identity_from(array $posted): array
    {
        $identity = [];
        foreach ($this->editable_identity() as $option) {
            if (!array_key_exists($option, $posted)) {
                continue;
            }
            $identity[$option] = in_array($option, ['site_logo', 'site_icon'], true)
                ? self::identity_image($posted[$option])
                : sanitize_text_field((string) $posted[$option]);
        }
        return $identity;
    }

    /**
     * Saves the Customise form: the frontend checks the theme's options first (and refuses, per
     * option, what it will not render — a colour without AA contrast above all); only then are the
     * site identity, the options and, when asked, the activation stored. Refused or unreachable:
     * nothing is stored and the form shows what was typed.
     */
    public function save(): void
    {
        if (!current_user_can('switch_themes')) {
            wp_die(esc_html__('You may not customise the site’s theme.', 'pressfront-bridge'), 403);
        }
        check_admin_referer(ThemePreview::CUSTOMIZE_NONCE);
        $name = Themes::sanitize_name(wp_unslash($_POST['theme'] ?? ''));
        $identity = $this->identity_from(isset($_POST['identity']) && is_array($_POST['identity']) ? wp_unslash($_POST['identity']) : []);
        $back = ThemesScreen::url(['customize' => $name]);
        $known = $this->screen->frontend_themes();
        if (is_wp_error($known)) {
            // Without the frontend its fields are unknown: keep what was typed as it came.
            $posted = isset($_POST['options']) && is_array($_POST['options']) ? array_map('strval', array_filter(wp_unslash($_POST['options']), 'is_string')) : [];
            $this->leave($name, $posted, $identity, []);
            $this->back($back, 'unreachable');
        }
        if (!isset($known['themes'][$name])) {
            $this->back(ThemesScreen::url(), 'unknown');
        }
        $activate = ($_POST['intent'] ?? '') === 'activate';
        if ($activate && $known['pinned'] !== '') {
            $this->back($back, 'pinned');
        }
        $values = $this->submitted_options($known['themes'][$name]);
        $response = $this->frontends->ask($known['frontend'], 'POST', '/api/themes/options/', 'theme-options', (string) wp_json_encode(['theme' => $name, 'options' => (object) $values]));
        $code = is_wp_error($response) ? 0 : (int) wp_remote_retrieve_response_code($response);
        $answer = $code ? json_decode(wp_remote_retrieve_body($response), true) : null;
        if ($code !== 200 || !is_array($answer) || !isset($answer['values']) || !is_array($answer['values'])) {
            $errors = $code === 422 && is_array($answer['errors'] ?? null) ? array_map('strval', $answer['errors']) : [];
            $this->leave($name, $values, $identity, $errors);
            $this->back($back, $errors ? 'refused' : 'unreachable');
        }
        foreach ($identity as $option => $value) {
            update_option($option, $value);
        }
        $this->themes->store_options($name, $answer['values']);
        if ($activate) {
            $this->themes->activate($name);
        }
        $this->back($back, $activate ? 'activated' : 'saved');
    }

    private function leave(string $theme, array $values, array $identity, array $errors): void
    {
        set_transient($this->leftover_key(), ['theme' => $theme, 'values' => $values, 'identity' => $identity, 'errors' => $errors], 10 * MINUTE_IN_SECONDS);
    }

    /** Back to the screen with a notice; ends the request. */
    private function back(string $url, string $notice): void
    {
        wp_safe_redirect(add_query_arg('notice', $notice, $url));
        exit;
    }
}
