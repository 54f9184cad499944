<?php
/**
 * Removing the plugin removes its one setting; posts keep their blocks and shortcodes.
 *
 * @package CstWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'cst_widgets_oembed' );
