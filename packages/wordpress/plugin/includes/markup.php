<?php
/**
 * The HTML of one element, written by the block and by the shortcode.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tag for an element name as editors write it: "sla-table" or "cst-sla-table".
 *
 * @param mixed $element The name.
 * @return string|null The tag, or null when it names no element an editor may place.
 */
function cst_widgets_tag_name( $element ) {
	if ( ! is_string( $element ) ) {
		return null;
	}
	$name = preg_replace( '/^cst-/', '', strtolower( trim( $element ) ) );
	return array_key_exists( $name, cst_widgets_element_choices() ) ? 'cst-' . $name : null;
}

/**
 * The page's language as a language tag ("it-IT"), from the site's locale.
 *
 * @return string
 */
function cst_widgets_site_lang() {
	return str_replace( '_', '-', get_locale() );
}

/**
 * Writes an element with its cleaned attributes and a link to the data inside it,
 * which readers see when the elements' script cannot run (the element's own view replaces it).
 *
 * @param string               $element    Element name ("sla-table").
 * @param array<string, mixed> $attributes Attributes as written; unknown or invalid ones are left out.
 * @return string HTML, or '' (with a notice for those who can edit) when the element is unknown.
 */
function cst_widgets_element_html( $element, array $attributes ) {
	$tag = cst_widgets_tag_name( $element );
	if ( null === $tag ) {
		return cst_widgets_notice_for_editors(
			sprintf(
				/* translators: 1: the element name as written, 2: the list of names. */
				__( 'CST Widgets: unknown element "%1$s". Use one of: %2$s.', 'cst-widgets' ),
				is_scalar( $element ) ? (string) $element : '',
				implode( ', ', array_keys( cst_widgets_element_choices() ) )
			)
		);
	}

	$rules = cst_widgets_elements()[ $tag ];
	$clean = array();
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( isset( $rules[ $name ] ) ) {
			$sanitised = cst_widgets_sanitize_value( $rules[ $name ], $value );
			if ( null !== $sanitised ) {
				$clean[ $name ] = $sanitised;
			}
		}
	}
	if ( ! isset( $clean['src'] ) && ! isset( $clean['stream'] ) ) {
		return cst_widgets_notice_for_editors(
			__( 'CST Widgets: the data address is missing or not valid. Give a full address (https://…) or one that starts with /.', 'cst-widgets' )
		);
	}
	if ( ! isset( $clean['lang'] ) ) {
		$clean['lang'] = cst_widgets_site_lang();
	}

	cst_widgets_enqueue();

	$html = '<' . $tag;
	foreach ( $clean as $name => $value ) {
		if ( 'flag' === $rules[ $name ] ) {
			$html .= ' ' . $name;
		} else {
			$html .= ' ' . $name . '="' . ( 'url' === $rules[ $name ] ? esc_url( $value ) : esc_attr( $value ) ) . '"';
		}
	}
	$html .= '>' . cst_widgets_fallback_html( isset( $clean['src'] ) ? $clean['src'] : '', $clean['lang'] ) . '</' . $tag . '>';
	return $html;
}

/**
 * The link to the data shown in place of an element that cannot run, in the element's language.
 *
 * @param string $src  The data address ('' for none: no link).
 * @param string $lang The element's language tag.
 * @return string
 */
function cst_widgets_fallback_html( $src, $lang ) {
	if ( '' === $src ) {
		return '';
	}
	$label = cst_widgets_in_language(
		$lang,
		static function () {
			return __( 'Download the data', 'cst-widgets' );
		}
	);
	return '<a class="cst-widgets-fallback" href="' . esc_url( $src ) . '">' . esc_html( $label ) . '</a>';
}

/**
 * Runs a translation in another language than the site's (an English element on an Italian site).
 *
 * @param string   $lang      Language tag ("en-GB").
 * @param callable $translate Returns the translated text.
 * @return string
 */
function cst_widgets_in_language( $lang, $translate ) {
	$wanted  = str_replace( '-', '_', $lang );
	$primary = strtolower( substr( $wanted, 0, strcspn( $wanted, '_' ) ) );
	if ( 0 === strncasecmp( get_locale(), $primary . '_', strlen( $primary ) + 1 ) || get_locale() === $primary ) {
		return $translate();
	}
	$candidates = array( $wanted, 'en' === $primary ? 'en_US' : $primary . '_' . strtoupper( $primary ) );
	foreach ( array_unique( $candidates ) as $locale ) {
		if ( switch_to_locale( $locale ) ) {
			cst_widgets_reload_textdomain();
			$text = $translate();
			restore_previous_locale();
			cst_widgets_reload_textdomain();
			return $text;
		}
	}
	return $translate();
}

/**
 * Loads the plugin's translations again for the current locale: WordPress 6.1 does not
 * reload a plugin's text domain on switch_to_locale() when the site's language had no file for it.
 */
function cst_widgets_reload_textdomain() {
	unload_textdomain( 'cst-widgets', true );
	cst_widgets_load_textdomain();
}

/**
 * A problem shown to those who can edit posts, and to nobody else.
 *
 * @param string $message The problem, in words.
 * @return string
 */
function cst_widgets_notice_for_editors( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="cst-widgets-problem" role="note">' . esc_html( $message ) . '</p>';
}
