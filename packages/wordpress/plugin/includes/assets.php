<?php
/**
 * The elements' script (the cst-widgets bundle shipped in assets/), loaded as a module
 * and only on pages that show an element.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the bundle and the small stylesheet for the fallback link.
 */
function cst_widgets_register_assets() {
	wp_register_script(
		'cst-widgets',
		plugins_url( 'assets/cst-widgets.js', CST_WIDGETS_FILE ),
		array(),
		CST_WIDGETS_VERSION,
		true
	);
	wp_register_style(
		'cst-widgets',
		plugins_url( 'assets/cst-widgets-wp.css', CST_WIDGETS_FILE ),
		array(),
		CST_WIDGETS_VERSION
	);
}
add_action( 'init', 'cst_widgets_register_assets' );

/**
 * Asks for the bundle on this page (called by whatever writes an element).
 */
function cst_widgets_enqueue() {
	wp_enqueue_script( 'cst-widgets' );
	wp_enqueue_style( 'cst-widgets' );
}

/**
 * WordPress 6.1 has no API for module scripts: the bundle's tag gets type="module" here.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function cst_widgets_module_tag( $tag, $handle ) {
	if ( 'cst-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'cst_widgets_module_tag', 10, 2 );

/**
 * Elements written straight into the HTML (a Custom HTML block) need the bundle too.
 *
 * @param string $content The post's content.
 * @return string The same content.
 */
function cst_widgets_enqueue_for_content( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<cst-' ) ) {
		cst_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'cst_widgets_enqueue_for_content', 99 );

/**
 * The editor shows a live preview of the block, so it loads the bundle as well.
 */
function cst_widgets_enqueue_editor_assets() {
	cst_widgets_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'cst_widgets_enqueue_editor_assets' );
