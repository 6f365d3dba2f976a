<?php
// Draws the demo "photos" with GD: nothing is downloaded. Each is a landscape scene built
// from gradients and shapes, different per image, large enough for WordPress to make sub-sizes.
// Usage: php make-images.php OUT_DIR
$out = $argv[1] ?? null;
if (!$out || !is_dir($out)) {
    fwrite(STDERR, "usage: php make-images.php OUT_DIR\n");
    exit(2);
}

$palettes = [
    'harbour-dawn'     => [[255, 183, 128], [112, 161, 214], [34, 64, 102]],
    'city-square'      => [[240, 210, 170], [196, 90, 70], [60, 40, 50]],
    'mountain-road'    => [[190, 220, 240], [90, 130, 110], [40, 60, 45]],
    'night-market'     => [[30, 30, 70], [200, 80, 120], [250, 200, 90]],
    'river-bridge'     => [[210, 230, 235], [80, 120, 150], [30, 45, 60]],
    'solar-field'      => [[250, 240, 200], [230, 170, 60], [70, 90, 60]],
    'library-hall'     => [[235, 220, 200], [150, 100, 70], [60, 40, 30]],
    'coastal-wind'     => [[200, 230, 250], [70, 150, 180], [230, 230, 220]],
    'festival-crowd'   => [[255, 220, 200], [220, 60, 60], [40, 40, 90]],
    'rail-station'     => [[220, 220, 225], [120, 120, 140], [50, 50, 60]],
];

$w = 1600;
$h = 1000;
$seed = 7;
foreach ($palettes as $name => [$sky, $mid, $ground]) {
    mt_srand($seed++);
    $img = imagecreatetruecolor($w, $h);
    // Sky: vertical gradient from $sky to $mid.
    for ($y = 0; $y < $h; $y++) {
        $t = $y / $h;
        $c = imagecolorallocate($img,
            (int) ($sky[0] + ($mid[0] - $sky[0]) * $t),
            (int) ($sky[1] + ($mid[1] - $sky[1]) * $t),
            (int) ($sky[2] + ($mid[2] - $sky[2]) * $t));
        imageline($img, 0, $y, $w, $y, $c);
    }
    // A sun or moon.
    $sun = imagecolorallocatealpha($img, 255, 245, 220, 30);
    imagefilledellipse($img, mt_rand(200, $w - 200), mt_rand(120, 380), 220, 220, $sun);
    // Layered hills in the ground colour, lighter at the back.
    for ($layer = 0; $layer < 4; $layer++) {
        $shade = 1 - $layer * 0.18;
        $c = imagecolorallocate($img,
            (int) min(255, $ground[0] / $shade), (int) min(255, $ground[1] / $shade), (int) min(255, $ground[2] / $shade));
        $base = (int) ($h * (0.55 + $layer * 0.1));
        $points = [0, $h];
        for ($x = 0; $x <= $w; $x += 80) {
            $points[] = $x;
            $points[] = $base + (int) (sin($x / (160 + $layer * 40) + $layer) * 40) + mt_rand(-15, 15);
        }
        $points[] = $w;
        $points[] = $h;
        imagefilledpolygon($img, $points, $c);
    }
    // Buildings or figures in the foreground.
    $dark = imagecolorallocatealpha($img, 20, 20, 30, 40);
    for ($i = 0; $i < 14; $i++) {
        $bx = mt_rand(0, $w);
        $bw = mt_rand(30, 90);
        $bh = mt_rand(60, 260);
        imagefilledrectangle($img, $bx, $h - $bh, $bx + $bw, $h, $dark);
    }
    imagejpeg($img, "$out/$name.jpg", 82);
    imagedestroy($img);
    echo "$out/$name.jpg\n";
}
