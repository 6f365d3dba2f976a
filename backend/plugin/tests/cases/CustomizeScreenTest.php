<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\CustomizeScreen;
use Pressfront\Bridge\Plugin;

/** The Customise screen asks the capabilities core's Customizer asks. */
final class CustomizeScreenTest extends TestCase
{
    private const POSTED = ['blogname' => 'New title', 'blogdescription' => 'New tagline <b>', 'site_icon' => '0', 'site_logo' => '0'];

    public function test_an_administrator_changes_the_site_identity(): void
    {
        $this->log_in_as('administrator');
        $this->assertSame(
            ['blogname' => 'New title', 'blogdescription' => 'New tagline', 'site_icon' => 0, 'site_logo' => 0],
            Plugin::get(CustomizeScreen::class)->identity_from(self::POSTED)
        );
    }

    public function test_who_may_switch_themes_but_not_manage_options_changes_no_site_option(): void
    {
        // An editor given switch_themes (and edit_theme_options, as core gives with it): the theme,
        // its options and the logo (a theme setting), not the title, tagline or icon.
        $this->log_in_as('editor', ['switch_themes', 'edit_theme_options']);
        $this->assertSame(['site_logo' => 0], Plugin::get(CustomizeScreen::class)->identity_from(self::POSTED));
    }
}
