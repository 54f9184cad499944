/* global wp, cstWidgetsEditor */
// The block's editor side, written against the wp.* globals so that the plugin needs no build
// step: a settings panel, and a preview rendered by the server exactly as the page will be.
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl } = wp.components;
  const { __, sprintf } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;
  const { elements, siteLang } = cstWidgetsEditor;

  const option = (value, label) => ({ value, label });

  function Settings({ attributes, setAttributes }) {
    const set = (name) => (value) => setAttributes({ [name]: value });
    return h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: __('Element and data', 'cst-widgets') },
        h(SelectControl, {
          label: __('Element', 'cst-widgets'),
          value: attributes.element,
          options: Object.entries(elements).map(([value, label]) => option(value, label)),
          onChange: set('element'),
        }),
        h(TextControl, {
          label: __('Data address', 'cst-widgets'),
          help: __(
            'The report document (JSON): a full address (https://…) or one that starts with /, e.g. from the Media Library.',
            'cst-widgets',
          ),
          type: 'url',
          value: attributes.src,
          onChange: set('src'),
        }),
        h(TextControl, {
          label: __('Dataset', 'cst-widgets'),
          help: __('The id of the dataset within the document, e.g. sla.', 'cst-widgets'),
          value: attributes.dataset,
          onChange: set('dataset'),
        }),
      ),
      h(
        PanelBody,
        { title: __('Appearance and language', 'cst-widgets') },
        h(SelectControl, {
          label: __('Theme', 'cst-widgets'),
          value: attributes.theme,
          options: [
            option('', __('Follow the page', 'cst-widgets')),
            option('light', __('Light', 'cst-widgets')),
            option('dark', __('Dark', 'cst-widgets')),
          ],
          onChange: set('theme'),
        }),
        h(SelectControl, {
          label: __('Language', 'cst-widgets'),
          value: attributes.lang,
          options: [
            /* translators: %s: the site's language tag, e.g. it-IT. */
            option('', sprintf(__("The site's language (%s)", 'cst-widgets'), siteLang)),
            option('it-IT', 'Italiano'),
            option('en-GB', 'English (UK)'),
            option('en-US', 'English (US)'),
          ],
          onChange: set('lang'),
        }),
      ),
      h(
        PanelBody,
        { title: __('Live updates', 'cst-widgets'), initialOpen: false },
        h(TextControl, {
          label: __('Reload every (seconds)', 'cst-widgets'),
          help: __('Empty or 0: load once.', 'cst-widgets'),
          type: 'number',
          min: 0,
          value: attributes.refresh || '',
          onChange: (value) => setAttributes({ refresh: Math.max(0, parseInt(value, 10) || 0) }),
        }),
        h(TextControl, {
          label: __('Update stream (Server-Sent Events)', 'cst-widgets'),
          type: 'url',
          value: attributes.stream,
          onChange: set('stream'),
        }),
      ),
    );
  }

  registerBlockType('cst-widgets/widget', {
    edit(props) {
      return h(
        Fragment,
        null,
        h(Settings, props),
        h(
          'div',
          useBlockProps(),
          h(ServerSideRender, { block: 'cst-widgets/widget', attributes: props.attributes }),
        ),
      );
    },
    save: () => null,
  });
})();
