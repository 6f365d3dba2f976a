<?php
/**
 * A media picker for a site-identity image kept as an attachment id in a core option.
 *
 * @var array $image option, label, help, id.
 */

defined('ABSPATH') || exit;

$url = $image['id'] ? wp_get_attachment_image_url($image['id'], 'medium') : '';
$label_id = 'pf-' . $image['option'] . '-label';
?>
<div class="pf-field pf-image-field" data-option="<?php echo esc_attr($image['option']); ?>">
  <p class="pf-label" id="<?php echo esc_attr($label_id); ?>"><?php echo esc_html($image['label']); ?></p>
  <input type="hidden" name="identity[<?php echo esc_attr($image['option']); ?>]" value="<?php echo esc_attr((string) $image['id']); ?>">
  <img class="pf-image-preview" src="<?php echo esc_url((string) $url); ?>" alt="" <?php echo $url ? '' : 'hidden'; ?>>
  <p class="pf-image-actions">
    <button type="button" class="button pf-image-choose" aria-describedby="<?php echo esc_attr($label_id); ?>"><?php esc_html_e('Choose…', 'pressfront-bridge'); ?></button>
    <button type="button" class="button-link pf-image-remove" aria-describedby="<?php echo esc_attr($label_id); ?>" <?php echo $image['id'] ? '' : 'hidden'; ?>><?php esc_html_e('Remove', 'pressfront-bridge'); ?></button>
  </p>
  <p class="description"><?php echo esc_html($image['help']); ?></p>
</div>
