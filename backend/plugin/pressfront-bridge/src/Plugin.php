<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Puts the plugin together: each concern is one object, given what it needs, that hooks itself
 * into WordPress. Activation installs the tables; deactivation clears the scheduled events (a
 * deactivated plugin must leave nothing running); uninstall.php removes everything.
 */
final class Plugin
{
    public const VERSION = '0.2.0';
    public const REST_NAMESPACE = 'pressfront/v1';
    public const TEXT_DOMAIN = 'pressfront-bridge';

    /** @var string The main plugin file. */
    private static $file = '';
    /** @var array<string, object> The running components, by class. */
    private static $components = [];

    public static function boot(string $file): void
    {
        self::$file = $file;
        register_activation_hook($file, [self::class, 'activate']);
        register_deactivation_hook($file, [self::class, 'deactivate']);

        $settings = new Settings();
        $signer = new Signer($settings);
        $frontends = new Frontends($settings, $signer);
        $change_log = new ChangeLog($signer);
        $delivery = new Delivery($signer);
        $revalidation = new Revalidation($settings, $change_log, $delivery);
        $themes = new Themes($revalidation);
        $theme_preview = new ThemePreview($settings, $signer);
        $themes_screen = new ThemesScreen($settings, $frontends, $themes);
        $image_formats = new ImageFormats();
        $store = new Subscribers\Store($signer);
        $mail = new Subscribers\Mail($settings, $store);

        $components = [
            new I18n(),
            new Menus(),
            new BlockNavigation($revalidation),
            new Redirects(),
            new RestFields(),
            new BlockStyles(),
            new Design($revalidation),
            new ContentModel($revalidation),
            new Widgets($revalidation),
            new Bundle(new BundleEmbeds()),
            $change_log,
            $delivery,
            $revalidation,
            new ChangeEvents($revalidation),
            $themes,
            $themes_screen,
            $theme_preview,
            new CustomizeScreen($frontends, $themes, $themes_screen, $theme_preview),
            new Previews($settings, $signer),
            $image_formats,
            new SettingsPage($settings, $delivery, $image_formats),
            new AdminAssets(),
            $store,
            $mail,
            new Subscribers\Rest($settings, $signer, $store, $mail),
            new Subscribers\AdminScreen($store),
            new Subscribers\Privacy($store),
        ];
        foreach ($components as $component) {
            $component->register();
        }
        foreach (array_merge([$settings, $signer, $frontends], $components) as $object) {
            self::$components[get_class($object)] = $object;
        }
    }

    /**
     * The running instance of a component, for code that extends the plugin (and its tests):
     * Plugin::get(Revalidation::class)->queue([...], 'my.event').
     *
     * @template T of object
     * @param class-string<T> $class
     * @return T
     */
    public static function get(string $class)
    {
        if (!isset(self::$components[$class])) {
            throw new \LogicException("Pressfront Bridge has no running $class");
        }
        return self::$components[$class];
    }

    /** The main plugin file, for plugins_url() and plugin_basename(). */
    public static function file(): string
    {
        return self::$file;
    }

    /** An asset's address: assets/NAME. */
    public static function asset_url(string $name): string
    {
        return plugins_url('assets/' . $name, self::$file);
    }

    /** A view's path: views/NAME.php. */
    public static function view(string $name): string
    {
        return dirname(self::$file) . '/views/' . $name . '.php';
    }

    /** Activation: the tables, now rather than on the next request. */
    public static function activate(): void
    {
        ChangeLog::install();
        Subscribers\Store::install();
    }

    /** Deactivation keeps data (uninstall removes it) but leaves no event scheduled. */
    public static function deactivate(): void
    {
        foreach (Footprint::CRON_HOOKS as $hook) {
            wp_unschedule_hook($hook);
        }
    }
}
