<?php
/**
 * Report documents (JSON) can be uploaded to the Media Library by whoever may upload files,
 * so that an editor can publish the data next to the page without FTP.
 *
 * WordPress still checks each file's real type (application/json); JSON is data, served
 * as such, and never run by the browser.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds JSON to the file types a user may upload.
 *
 * @param array<string, string> $types Allowed extensions => media type.
 * @return array<string, string>
 */
function cst_widgets_upload_mimes( $types ) {
	if ( current_user_can( 'upload_files' ) ) {
		$types['json'] = 'application/json';
	}
	return $types;
}
add_filter( 'upload_mimes', 'cst_widgets_upload_mimes' );
