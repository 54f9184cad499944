<?php
/**
 * Attribute values: each rule of cst_widgets_elements() as a check and a clean-up.
 *
 * The block and the shortcode clean their values with cst_widgets_sanitize_value();
 * the content filter (kses) keeps an attribute only when cst_widgets_value_passes() agrees.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Cleans one attribute value by its rule.
 *
 * @param string|string[] $rule  A rule from cst_widgets_elements().
 * @param mixed           $value The value as written (block attribute, shortcode attribute or HTML).
 * @return string|null The value to write, '' for a present flag, or null to leave the attribute out.
 */
function cst_widgets_sanitize_value( $rule, $value ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );

	if ( is_array( $rule ) ) {
		$value = strtolower( $value );
		return in_array( $value, $rule, true ) ? $value : null;
	}

	switch ( $rule ) {
		case 'url':
			return cst_widgets_sanitize_url( $value );
		case 'seconds':
			return cst_widgets_integer_in( $value, 1, 86400 );
		case 'count':
			return cst_widgets_integer_in( $value, 0, 1000000 );
		case 'number':
			return preg_match( '/^-?\d{1,6}(\.\d{1,6})?$/', $value ) ? $value : null;
		case 'flag':
			return in_array( strtolower( $value ), array( '', 'true', 'yes', '1' ), true ) ? '' : null;
		case 'lang':
			return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/', $value ) ? $value : null;
		case 'text':
			$value = sanitize_text_field( $value );
			return ( '' === $value || strlen( $value ) > 200 ) ? null : $value;
	}
	return null;
}

/**
 * Whether content filtering may keep an attribute value as it is written.
 *
 * @param string|string[] $rule  A rule from cst_widgets_elements().
 * @param string          $value The value as written in the HTML.
 * @return bool
 */
function cst_widgets_value_passes( $rule, $value ) {
	$clean = cst_widgets_sanitize_value( $rule, $value );
	if ( null === $clean ) {
		return false;
	}
	// A cleaned value that differs (tags, control characters, a changed URL) is refused, not rewritten.
	$written = trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	return is_array( $rule ) ? strtolower( $written ) === $clean : ( 'flag' === $rule || $written === $clean );
}

/**
 * A data address: an absolute http(s) address, or a path from the site's root.
 *
 * Relative paths ("dati/x.json") are refused: a post is shown at several addresses
 * (home, archive, single), and each would resolve them differently.
 *
 * @param string $value The address as written.
 * @return string|null
 */
function cst_widgets_sanitize_url( $value ) {
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
		return null;
	}
	if ( ! preg_match( '#^(https?:)?//[^/]|^/(?!/)#i', $value ) ) {
		return null;
	}
	$clean = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $clean ? null : $clean;
}

/**
 * An integer written in digits, within bounds.
 *
 * @param string $value The value as written.
 * @param int    $min   Smallest allowed.
 * @param int    $max   Largest allowed.
 * @return string|null
 */
function cst_widgets_integer_in( $value, $min, $max ) {
	if ( ! preg_match( '/^\d{1,7}$/', $value ) ) {
		return null;
	}
	$number = (int) $value;
	return ( $number < $min || $number > $max ) ? null : (string) $number;
}
