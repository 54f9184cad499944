<?php
/**
 * The block "Report figures" (cst-widgets/widget): dynamic, rendered on the server
 * from its settings, so the post stores only the settings and never the element's HTML.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block and its editor script (plain wp.* globals, no build step).
 */
function cst_widgets_register_block() {
	wp_register_script(
		'cst-widgets-editor',
		plugins_url( 'block/editor.js', CST_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'wp-server-side-render' ),
		CST_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'cst-widgets-editor', 'cst-widgets', CST_WIDGETS_DIR . 'languages' );
	wp_localize_script(
		'cst-widgets-editor',
		'cstWidgetsEditor',
		array(
			'elements' => cst_widgets_element_choices(),
			'siteLang' => cst_widgets_site_lang(),
		)
	);
	register_block_type(
		CST_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'cst_widgets_render_block' )
	);
}
add_action( 'init', 'cst_widgets_register_block' );

/**
 * Renders the block on the page (and in the editor's preview).
 *
 * @param array $attributes The block's settings.
 * @return string
 */
function cst_widgets_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$element    = isset( $attributes['element'] ) ? $attributes['element'] : '';
	$settings   = array_intersect_key( $attributes, array_flip( array( 'src', 'dataset', 'theme', 'lang', 'refresh', 'stream' ) ) );
	$settings   = array_filter(
		$settings,
		static function ( $value ) {
			return '' !== $value && null !== $value && 0 !== $value;
		}
	);
	$html = cst_widgets_element_html( $element, $settings );
	if ( '' === $html ) {
		return '';
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}
