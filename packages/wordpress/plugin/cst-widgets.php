<?php
/**
 * Plugin Name:       CST Widgets
 * Plugin URI:        https://github.com/cst-widgets/cst-widgets
 * Description:       Report figures in posts and pages: a block and the [cst] shortcode that embed the cst-widgets elements (SLA tables, KPI tiles, charts) from a report document, for every role that writes posts.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The cst-widgets Authors
 * License:           EUPL-1.2
 * License URI:       https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       cst-widgets
 * Domain Path:       /languages
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CST_WIDGETS_VERSION', '0.1.0' );
define( 'CST_WIDGETS_FILE', __FILE__ );
define( 'CST_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once CST_WIDGETS_DIR . 'includes/elements.php';
require_once CST_WIDGETS_DIR . 'includes/sanitize.php';
require_once CST_WIDGETS_DIR . 'includes/markup.php';
require_once CST_WIDGETS_DIR . 'includes/assets.php';
require_once CST_WIDGETS_DIR . 'includes/kses.php';
require_once CST_WIDGETS_DIR . 'includes/shortcode.php';
require_once CST_WIDGETS_DIR . 'includes/block.php';
require_once CST_WIDGETS_DIR . 'includes/oembed.php';
require_once CST_WIDGETS_DIR . 'includes/settings.php';
require_once CST_WIDGETS_DIR . 'includes/uploads.php';

/**
 * Loads the plugin's translations (Italian ships with it).
 */
function cst_widgets_load_textdomain() {
	load_plugin_textdomain( 'cst-widgets', false, dirname( plugin_basename( CST_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'cst_widgets_load_textdomain', 0 );
