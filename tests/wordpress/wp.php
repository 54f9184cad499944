<?php
/**
 * WordPress from the command line, for the end-to-end test:
 *   php wp.php <config name> <host:port> '<task as JSON>'
 * Prints the result as JSON. Posts are written as the given user, through the same
 * content filters (kses) the editor applies to that user.
 *
 * @package CstWidgets
 */

if ( 'cli' !== PHP_SAPI || 4 !== $argc ) {
	exit( 2 );
}

$_SERVER['WORDPRESS_CONFIG'] = $argv[1];
$_SERVER['HTTP_HOST']        = $argv[2];
$_SERVER['SERVER_NAME']      = strtok( $argv[2], ':' );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$task                        = json_decode( $argv[3], true );

require '/usr/share/wordpress/wp-load.php';

/**
 * Stops with a message on standard error.
 *
 * @param string $message What went wrong.
 */
function cst_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $task['do'] ) {
	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		$skin      = new Automatic_Upgrader_Skin();
		$upgrader  = new Plugin_Upgrader( $skin );
		$installed = $upgrader->install( $task['zip'] );
		if ( true !== $installed ) {
			cst_test_fail( 'install failed: ' . implode( ' | ', $skin->get_upgrade_messages() ) . ( is_wp_error( $installed ) ? $installed->get_error_message() : '' ) );
		}
		$activated = activate_plugin( $upgrader->plugin_info() );
		if ( is_wp_error( $activated ) ) {
			cst_test_fail( 'activation failed: ' . $activated->get_error_message() );
		}
		$result = array( 'plugin' => $upgrader->plugin_info() );
		break;

	case 'user':
		$id = wp_insert_user(
			array(
				'user_login' => $task['login'],
				'user_pass'  => $task['password'],
				'user_email' => $task['login'] . '@example.org',
				'role'       => $task['role'],
			)
		);
		if ( is_wp_error( $id ) ) {
			cst_test_fail( $id->get_error_message() );
		}
		$result = array( 'id' => $id );
		break;

	case 'post':
		$user = get_user_by( 'login', $task['as'] );
		wp_set_current_user( $user->ID );
		kses_remove_filters();
		kses_init();
		$id = wp_insert_post(
			array(
				'post_title'   => wp_slash( $task['title'] ),
				'post_content' => wp_slash( $task['content'] ),
				'post_status'  => current_user_can( 'publish_posts' ) ? 'publish' : 'pending',
				'post_author'  => $user->ID,
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			cst_test_fail( $id->get_error_message() );
		}
		if ( 'publish' !== get_post_status( $id ) ) {
			// A Contributor's post, published afterwards by an administrator as it was written.
			wp_set_current_user( 1 );
			kses_init();
			wp_update_post(
				array(
					'ID'          => $id,
					'post_status' => 'publish',
				)
			);
		}
		$result = array(
			'id'     => $id,
			'url'    => get_permalink( $id ),
			'stored' => get_post_field( 'post_content', $id, 'raw' ),
		);
		break;

	case 'option':
		update_option( $task['name'], $task['value'] );
		$result = array( 'value' => get_option( $task['name'] ) );
		break;

	default:
		cst_test_fail( 'unknown task' );
}

echo wp_json_encode( $result );
