<?php
/**
 * One field of a theme's options form, generated from the schema the frontend publishes.
 *
 * @var array  $field The field: name, kind (toggle, color, choice, text), label, help, …
 * @var mixed  $value Its value.
 * @var string $error Why the frontend refused it, or ''.
 */

defined('ABSPATH') || exit;

// Option names are camelCase (showAuthor): sanitize_key would lowercase them.
$name = preg_replace('/[^A-Za-z0-9_]/', '', (string) ($field['name'] ?? ''));
$kind = (string) ($field['kind'] ?? '');
$id = 'pf-option-' . $name;
$input_name = 'options[' . $name . ']';
$help_id = $id . '-help';
$message_id = $id . '-message';
?>
<div class="pf-field">
  <?php if ($kind === 'toggle') : ?>
    <input type="hidden" name="<?php echo esc_attr($input_name); ?>" value="0">
    <label for="<?php echo esc_attr($id); ?>">
      <input type="checkbox" id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" value="1" aria-describedby="<?php echo esc_attr($help_id); ?>" <?php checked((bool) $value); ?>>
      <?php echo esc_html((string) ($field['label'] ?? $name)); ?>
    </label>
  <?php else : ?>
    <label for="<?php echo esc_attr($id); ?>" class="pf-label"><?php echo esc_html((string) ($field['label'] ?? $name)); ?></label>
    <?php if ($kind === 'color') : ?>
      <input type="color" id="<?php echo esc_attr($id); ?>" name="<?php echo esc_attr($input_name); ?>" value="<?php echo esc_attr((string) $value); ?>"
        data-scheme="<?php echo esc_attr((string) ($field['scheme'] ?? 'light')); ?>"
        data-against="<?php echo esc_attr((string) wp_json_encode($field['against'] ?? [])); ?>"
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
  <p class="pf-field-message" id="<?php echo esc_attr($message_id); ?>" role="alert"><?php echo esc_html($error); ?></p>
</div>
