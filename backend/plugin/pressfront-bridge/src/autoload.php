<?php

// The plugin's classes, one a file: Pressfront\Bridge\Subscribers\Store is src/Subscribers/Store.php.

defined('ABSPATH') || exit;

spl_autoload_register(
    static function (string $class): void {
        $prefix = 'Pressfront\\Bridge\\';
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
            return;
        }
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
);
