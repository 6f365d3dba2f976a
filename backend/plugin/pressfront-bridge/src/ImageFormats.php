<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Settings → Pressfront → "Resized images as": WebP or AVIF copies instead of JPEG for the sizes
 * WordPress makes of each new upload (core's image_editor_output_format, which no screen of
 * WordPress offers). The frontend draws images from those sizes (srcset), so readers get the
 * smaller files; the original upload stays as it was. Only formats this server's image editor can
 * write are offered, and a format it cannot write is never asked of it.
 */
final class ImageFormats
{
    public const OPTION = 'pressfront_bridge_image_format';

    public function register(): void
    {
        add_filter('image_editor_output_format', [$this, 'output_format']);
    }

    /** The formats offered, by MIME type. */
    public function offered(): array
    {
        return [
            'image/webp' => 'WebP',
            'image/avif' => 'AVIF',
        ];
    }

    public function supported(string $mime): bool
    {
        return isset($this->offered()[$mime]) && wp_image_editor_supports(['mime_type' => $mime]);
    }

    /** The format chosen for resized copies of JPEG uploads, or '' for WordPress's own (JPEG). */
    public function chosen(): string
    {
        $chosen = (string) get_option(self::OPTION, '');
        return $chosen !== '' && $this->supported($chosen) ? $chosen : '';
    }

    /** Saves the choice from the settings form: one of the offered formats this server writes, or none. */
    public function save(string $mime): void
    {
        update_option(self::OPTION, $this->supported($mime) ? $mime : '', true);
    }

    public function output_format(array $formats): array
    {
        $chosen = $this->chosen();
        if ($chosen !== '') {
            // Photographs only: PNGs (screenshots, logos, transparency) keep their lossless format.
            $formats['image/jpeg'] = $chosen;
        }
        return $formats;
    }
}
