<?php
/**
 * Content filtering (kses): the cst-* tags and their safe attributes survive, for every role.
 *
 * WordPress filters the posts of users without the unfiltered_html capability (Authors,
 * Contributors, and everyone on many hardened or multisite installs): unknown tags go,
 * and with them the elements. This adds exactly the elements and their attributes, each
 * value checked by its rule; script tags, event handlers (on*) and javascript: addresses
 * stay forbidden as before.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the tags allowed in posts.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The filtering context.
 * @return array
 */
function cst_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( cst_widgets_elements() as $tag => $rules ) {
		$allowed = array();
		foreach ( $rules as $name => $rule ) {
			$allowed[ $name ] = array(
				'value_callback' => cst_widgets_kses_check( $rule ),
			);
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'cst_widgets_allowed_html', 10, 2 );

/**
 * The check kses runs on one attribute's value.
 *
 * @param string|string[] $rule A rule from cst_widgets_elements().
 * @return callable
 */
function cst_widgets_kses_check( $rule ) {
	return static function ( $value ) use ( $rule ) {
		return cst_widgets_value_passes( $rule, $value );
	};
}

/**
 * The elements' "stream" is an address too: kses also removes bad protocols from it.
 *
 * @param string[] $attributes Attribute names that hold addresses.
 * @return string[]
 */
function cst_widgets_uri_attributes( $attributes ) {
	$attributes[] = 'stream';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'cst_widgets_uri_attributes' );
