<?php
/**
 * Settings > CST Widgets: where the report's embed page lives, for oEmbed.
 *
 * The form goes through options.php (the Settings API): nonce and the manage_options
 * capability are checked there, and the values are cleaned by the sanitize callback.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the setting and its fields.
 */
function cst_widgets_register_settings() {
	register_setting(
		'cst_widgets',
		'cst_widgets_oembed',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'cst_widgets_sanitize_oembed_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'cst_widgets_oembed',
		__( 'Embedding by address (oEmbed)', 'cst-widgets' ),
		'cst_widgets_oembed_section_intro',
		'cst-widgets'
	);
	$fields = array(
		'page'     => __( 'Embed page address', 'cst-widgets' ),
		'endpoint' => __( 'oEmbed endpoint', 'cst-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'cst_widgets_oembed_' . $key,
			$label,
			'cst_widgets_oembed_field',
			'cst-widgets',
			'cst_widgets_oembed',
			array(
				'key'       => $key,
				'label_for' => 'cst_widgets_oembed_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'cst_widgets_register_settings' );

/**
 * Keeps two web addresses (http or https), nothing else.
 *
 * @param mixed $input The submitted values.
 * @return array{page?: string, endpoint?: string}
 */
function cst_widgets_sanitize_oembed_settings( $input ) {
	$clean = array();
	foreach ( array( 'page', 'endpoint' ) as $key ) {
		$value = is_array( $input ) && isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$url = preg_match( '#^https?://#i', $value ) ? esc_url_raw( $value, array( 'http', 'https' ) ) : '';
		if ( '' === $url ) {
			add_settings_error(
				'cst_widgets_oembed',
				'cst_widgets_oembed_' . $key,
				/* translators: %s: the address as typed. */
				sprintf( __( 'Not a web address (http or https): %s', 'cst-widgets' ), $value )
			);
			continue;
		}
		$clean[ $key ] = $url;
	}
	return $clean;
}

/**
 * What the section is for.
 */
function cst_widgets_oembed_section_intro() {
	echo '<p>' . esc_html__( 'Paste the address of an embed page on a line of its own in a post, and it becomes a frame sized for the element. Give the address of the embed page that serves your reports (for example https://data.example.org/embed/embed.html). The endpoint is /oembed on the same host unless you give another.', 'cst-widgets' ) . '</p>';
}

/**
 * One address field.
 *
 * @param array{key: string, label_for: string} $args The field's key and id.
 */
function cst_widgets_oembed_field( $args ) {
	$settings = get_option( 'cst_widgets_oembed', array() );
	$value    = is_array( $settings ) && isset( $settings[ $args['key'] ] ) ? $settings[ $args['key'] ] : '';
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="cst_widgets_oembed[%2$s]" value="%3$s" />',
		esc_attr( $args['label_for'] ),
		esc_attr( $args['key'] ),
		esc_attr( $value )
	);
}

/**
 * Adds the page under Settings.
 */
function cst_widgets_add_settings_page() {
	add_options_page(
		__( 'CST Widgets', 'cst-widgets' ),
		__( 'CST Widgets', 'cst-widgets' ),
		'manage_options',
		'cst-widgets',
		'cst_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'cst_widgets_add_settings_page' );

/**
 * The settings page.
 */
function cst_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . wp_kses(
		__( 'Every role that writes posts can place report figures with the <strong>Report figures</strong> block or the shortcode <code>[cst element="sla-table" src="/dati/focus-2016.json" dataset="sla"]</code>.', 'cst-widgets' ),
		array(
			'strong' => array(),
			'code'   => array(),
		)
	) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'cst_widgets' );
	do_settings_sections( 'cst-widgets' );
	submit_button();
	echo '</form></div>';
}
