<?php
/**
 * The elements the plugin knows, and the rule each of their attributes must pass.
 *
 * One table serves the block, the shortcode and the content filter, so an attribute
 * is either allowed everywhere with the same rule or nowhere.
 *
 * @package CstWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attribute rules by tag name.
 *
 * A rule is a type name ('url', 'text', 'seconds', 'count', 'number', 'flag', 'lang')
 * or a list of the allowed values.
 *
 * @return array<string, array<string, string|string[]>>
 */
function cst_widgets_elements() {
	$common = array(
		'lang'  => 'lang',
		'id'    => 'text',
		'class' => 'text',
		'title' => 'text',
	);
	$live   = array(
		'src'     => 'url',
		'refresh' => 'seconds',
		'stream'  => 'url',
	);
	$data   = $common + $live + array(
		'dataset' => 'text',
		'theme'   => array( 'light', 'dark' ),
	);

	return array(
		'cst-kpi-tile'          => $data,
		'cst-sla-table'         => $data + array(
			'columns'           => 'text',
			'filter'            => array( 'all', 'breached', 'at-risk', 'problems' ),
			'at-risk-margin'    => 'number',
			'virtual-threshold' => 'count',
		),
		'cst-trend-line'        => $data + array(
			'view'    => array( 'period', 'cumulative' ),
			'area'    => 'flag',
			'markers' => 'flag',
			'height'  => 'count',
		),
		'cst-deployment-matrix' => $data + array(
			'filter' => 'text',
			'query'  => 'text',
		),
		'cst-data-table'        => $data + array(
			'virtual-threshold' => 'count',
		),
		'cst-bar-chart'         => $data + array(
			'orientation'   => array( 'horizontal', 'vertical' ),
			'sort'          => array( 'none', 'asc', 'desc' ),
			'top'           => 'count',
			'label-column'  => 'text',
			'value-columns' => 'text',
		),
		'cst-share'             => $data + array(
			'variant' => array( 'donut', 'bar' ),
		),
		'cst-report'            => $common + $live,
	);
}

/**
 * The elements an editor picks from in the block and names in the shortcode
 * (every element but cst-report, which only groups others), with their names for people.
 *
 * @return array<string, string> Short name (without "cst-") => label.
 */
function cst_widgets_element_choices() {
	return array(
		'kpi-tile'          => __( 'KPI tile', 'cst-widgets' ),
		'sla-table'         => __( 'SLA table', 'cst-widgets' ),
		'trend-line'        => __( 'Trend line', 'cst-widgets' ),
		'deployment-matrix' => __( 'Deployment matrix', 'cst-widgets' ),
		'data-table'        => __( 'Data table', 'cst-widgets' ),
		'bar-chart'         => __( 'Bar chart', 'cst-widgets' ),
		'share'             => __( 'Share of a whole', 'cst-widgets' ),
	);
}
