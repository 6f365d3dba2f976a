<?php
// Settings → Pressfront → "Resized images as": WebP or AVIF copies instead of JPEG for the sizes
// WordPress makes of each new upload (core's image_editor_output_format, which no screen of
// WordPress offers). The frontend draws images from those sizes (srcset), so readers get the
// smaller files; the original upload stays as it was. Only formats this server's image editor can
// write are offered, and a format it cannot write is never asked of it.

defined('ABSPATH') || exit;

/** The formats offered, by MIME type. */
function pressfront_bridge_image_formats(): array
{
    return [
        'image/webp' => 'WebP',
        'image/avif' => 'AVIF',
    ];
}

function pressfront_bridge_image_format_supported(string $mime): bool
{
    return isset(pressfront_bridge_image_formats()[$mime]) && wp_image_editor_supports(['mime_type' => $mime]);
}

/** The format chosen for resized copies of JPEG uploads, or '' for WordPress's own (JPEG). */
function pressfront_bridge_image_format(): string
{
    $chosen = (string) get_option('pressfront_bridge_image_format', '');
    return $chosen !== '' && pressfront_bridge_image_format_supported($chosen) ? $chosen : '';
}

/** Saves the choice from the settings form: one of the offered formats this server writes, or none. */
function pressfront_bridge_save_image_format(string $mime): void
{
    $mime = pressfront_bridge_image_format_supported($mime) ? $mime : '';
    update_option('pressfront_bridge_image_format', $mime, true);
}

function pressfront_bridge_image_output_format(array $formats): array
{
    $chosen = pressfront_bridge_image_format();
    if ($chosen !== '') {
        // Photographs only: PNGs (screenshots, logos, transparency) keep their lossless format.
        $formats['image/jpeg'] = $chosen;
    }
    return $formats;
}
add_filter('image_editor_output_format', 'pressfront_bridge_image_output_format');
