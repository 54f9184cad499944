<?php
/**
 * oEmbed: the report's embed page, pasted on a line of its own in a post, becomes a sized iframe.
 *
 * The site manager names the embed page (Settings > CST Widgets); its host answers oEmbed
 * requests (the reference feed does, at /oembed). Registered providers are trusted by WordPress,
 * so their iframe is used as it comes, without the sandbox WordPress puts on discovered embeds.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The provider from the settings: the pattern of embed addresses and the oEmbed endpoint.
 *
 * @return array{format: string, endpoint: string}|null
 */
function cst_widgets_oembed_provider() {
	$settings = get_option( 'cst_widgets_oembed', array() );
	$page     = is_array( $settings ) && ! empty( $settings['page'] ) ? $settings['page'] : '';
	if ( '' === $page ) {
		return null;
	}
	$endpoint = ! empty( $settings['endpoint'] ) ? $settings['endpoint'] : cst_widgets_default_endpoint( $page );
	if ( '' === $endpoint ) {
		return null;
	}
	return array(
		'format'   => $page . '?*',
		'endpoint' => $endpoint,
	);
}

/**
 * The endpoint the reference feed answers on: /oembed on the embed page's host.
 *
 * @param string $page The embed page's address.
 * @return string '' when the address has no host.
 */
function cst_widgets_default_endpoint( $page ) {
	$parts = wp_parse_url( $page );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	$port = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
	return $parts['scheme'] . '://' . $parts['host'] . $port . '/oembed';
}

/**
 * Registers the embed page's host as an oEmbed provider.
 */
function cst_widgets_register_oembed_provider() {
	$provider = cst_widgets_oembed_provider();
	if ( null !== $provider ) {
		wp_oembed_add_provider( $provider['format'], $provider['endpoint'] );
	}
}
add_action( 'init', 'cst_widgets_register_oembed_provider' );

/**
 * An embed from the report's embed page brings the small script that sizes its iframe to its content.
 *
 * @param string|false $html The embed's HTML.
 * @param string       $url  The address that was embedded.
 * @return string|false The same HTML.
 */
function cst_widgets_oembed_html( $html, $url ) {
	$provider = cst_widgets_oembed_provider();
	if ( $html && null !== $provider && 0 === strpos( $url, substr( $provider['format'], 0, -1 ) ) ) {
		wp_enqueue_script(
			'cst-widgets-embed-host',
			plugins_url( 'assets/embed-host.js', CST_WIDGETS_FILE ),
			array(),
			CST_WIDGETS_VERSION,
			true
		);
	}
	return $html;
}
add_filter( 'embed_oembed_html', 'cst_widgets_oembed_html', 10, 2 );
