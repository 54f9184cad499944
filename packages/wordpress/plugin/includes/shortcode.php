<?php
/**
 * The [cst] shortcode, for the classic editor and for editors who prefer to type:
 * [cst element="sla-table" src="/dati/focus-2016.json" dataset="sla"]
 *
 * Every attribute of the element is accepted (theme, lang, refresh, filter…) and
 * cleaned by its rule; the output is built here, so what an author writes cannot
 * add a script, an event handler or a javascript: address.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders [cst element="…" …].
 *
 * @param array|string $attributes Shortcode attributes ('' when none).
 * @return string
 */
function cst_widgets_shortcode( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$element    = isset( $attributes['element'] ) ? $attributes['element'] : '';
	unset( $attributes['element'] );
	return cst_widgets_element_html( $element, $attributes );
}

/**
 * Registers the shortcode.
 */
function cst_widgets_register_shortcode() {
	add_shortcode( 'cst', 'cst_widgets_shortcode' );
}
add_action( 'init', 'cst_widgets_register_shortcode' );
