<?php
// Router for `php -S`: it ignores .htaccess, so pretty permalinks and /wp-json/ need this.
// Existing files are served as they are; everything else goes to WordPress's front controller.
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $_SERVER['DOCUMENT_ROOT'] . $path;

require __DIR__ . '/load-meter.php';
if ($path === '/__pressfront/load') {
    pressfront_load_report(!empty($_GET['reset']));
    return true;
}
pressfront_load_enter();

if ($path !== '/' && file_exists($file)) {
    if (is_dir($file)) {
        $index = rtrim($file, '/') . '/index.php';
        if (is_file($index)) {
            chdir(dirname($index));
            require $index;
            return true;
        }
        return false;
    }
    if (substr($file, -4) === '.php') {
        chdir(dirname($file));
        require $file;
        return true;
    }
    return false; // static file: let the built-in server send it with its MIME type
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
