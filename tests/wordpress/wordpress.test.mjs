/* global wp -- the block editor's API, in functions that run in the editor page */
// The plugin in a real WordPress 6.1 (Debian's packages, its own MariaDB and Apache on loopback):
// installed from the zip, used by an Author in the block editor and with the shortcode, read in
// Chromium as a citizen would; hostile posts by an Author and a Contributor; the fallback link
// when the bundle cannot load; oEmbed of the iframe embed page; an English-language site.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startFeed } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../support/browser.mjs';
import { axeViolations, openPage, readyText, screenshot, shadowText, waitReady } from './pages.mjs';
import { missingPackages, startSite } from './site.mjs';

const root = new URL('../../', import.meta.url).pathname;
const ZIP = `${root}packages/wordpress/dist/cst-widgets-wp.zip`;
/** The seed's document, served by the WordPress site itself (as a file in uploads). */
const DATA = '/wp-content/uploads/cst-dati/focus-2016.json';
const AUTHOR = { login: 'autore', password: 'Autore-di-prova-2016', role: 'author' };
const CONTRIBUTOR = { login: 'collaboratore', password: 'Collaboratore-2016', role: 'contributor' };
const EDITOR = { login: 'redattore', password: 'Redattore-di-prova-2016', role: 'editor' };
const FIXTURE = `${root}packages/schema/fixtures/focus-2016.json`;

/** What an editor pastes in a Custom HTML block without the plugin's help: the bundle, inline JSON, an iframe. */
const PASTED = [
  '<!-- wp:html -->',
  '<script type="module" src="/wp-content/plugins/cst-widgets/assets/cst-widgets.js"></script>',
  `<cst-kpi-tile dataset="active-credentials"><script type="application/json">${readFileSync(FIXTURE, 'utf8')}</script></cst-kpi-tile>`,
  `<iframe src="${DATA}" title="Dati"></iframe>`,
  '<!-- /wp:html -->',
].join('\n');

const block = (attributes) => `<!-- wp:cst-widgets/widget ${JSON.stringify(attributes)} /-->`;

/** What an author might paste to run code in readers' browsers, through every route the plugin opens. */
const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<cst-sla-table src="javascript:alert(1)" dataset="sla" onclick="alert(2)" onmouseover="alert(3)"></cst-sla-table>',
  `<cst-kpi-tile src="${DATA}" dataset="active-credentials" stream="javascript:alert(4)" theme="dark&quot; onfocus=&quot;alert(5)"><script>alert(6)</script></cst-kpi-tile>`,
  '<cst-share src="data:application/json,{}" dataset="x" lang="it&quot; onload=&quot;alert(7)"></cst-share>',
  '[cst element="sla-table" src="javascript:alert(8)" dataset="sla"]',
  `[cst element="kpi-tile" src="${DATA}" dataset='x" onmouseover="alert(9)' onload="alert(10)"]`,
  `[cst element="script" src="${DATA}"]`,
  '[cst element="sla-table" src=" jav&#x09;ascript:alert(11)"]',
  block({
    element: 'sla-table',
    src: 'javascript:alert(12)',
    dataset: 'sla" onmouseover="alert(13)',
    lang: 'it" onfocus="alert(14)',
  }),
  block({ element: 'kpi-tile', src: DATA, dataset: 'active-credentials', theme: 'dark" onload="alert(15)' }),
  `<cst-trend-line src="${DATA}" dataset="credentials-by-year"><img src="x" onerror="alert(16)"></cst-trend-line>`,
].join('\n\n');

const missing = missingPackages();
const skip =
  missing.length > 0 &&
  `WordPress end-to-end test skipped: Debian packages missing: ${missing.join(', ')} ` +
    `(apt-get install -y ${missing.join(' ')}; .ci/run installs them)`;
if (skip) console.log(skip);

describe('the plugin in WordPress 6.1', { skip, timeout: 300_000 }, () => {
  let site;
  let feed;
  let browser;
  /** Readers are not logged in: their pages open in a context of their own, without the editor's cookies. */
  let reader;
  const posts = {};

  before(async () => {
    site = await startSite({ locale: 'it_IT' });
    for (const user of [AUTHOR, CONTRIBUTOR, EDITOR]) await site.wp({ do: 'user', ...user });
    const post = (as, title, content) => site.wp({ do: 'post', as: as.login, title, content });
    // Before the plugin: what WordPress itself keeps of an Author's paste.
    posts.authorPasteWithoutPlugin = await post(AUTHOR, 'Incollato senza plugin', PASTED);
    copyFileSync(ZIP, `${site.dir}/plugin.zip`);
    await site.wp({ do: 'install-plugin', zip: `${site.dir}/plugin.zip` });
    mkdirSync(`${site.content}/uploads/cst-dati`);
    copyFileSync(FIXTURE, `${site.content}${DATA.slice('/wp-content'.length)}`);
    posts.editorPaste = await post(EDITOR, 'Incollato (redattore)', PASTED);
    posts.authorPaste = await post(AUTHOR, 'Incollato (autore)', PASTED);

    // The embed page on another loopback origin, served by the feed with its oEmbed endpoint; the
    // WordPress site's origin may frame it.
    feed = await startFeed({
      port: 0,
      dataDir: `${root}packages/schema/fixtures`,
      staticDirs: [`${root}examples`, `${root}packages/widgets/dist`],
      frameAncestors: `'self' ${new URL(site.url).origin}`,
      log: { info() {}, warn() {} },
    });
    // WordPress fetches oEmbed only from ports 80, 443 and 8080 of other hosts: allow the feed's test port.
    writeFileSync(
      `${site.content}/mu-plugins/test-feed-port.php`,
      `<?php add_filter( 'http_allowed_safe_ports', function ( $ports ) { $ports[] = ${new URL(feed.url).port}; return $ports; } );\n`,
    );
    await site.wp({
      do: 'option',
      name: 'cst_widgets_oembed',
      value: { page: `${feed.url}/embed/embed.html` },
    });

    posts.shortcode = await post(
      AUTHOR,
      'Livelli di servizio (shortcode)',
      `Gli SLA del 2016.\n\n[cst element="sla-table" src="${DATA}" dataset="sla"]\n\n[cst element="kpi-tile" src="${DATA}" dataset="active-credentials"]`,
    );
    posts.italianBlock = await post(
      AUTHOR,
      'SLA in italiano',
      block({ element: 'sla-table', src: DATA, dataset: 'sla', lang: 'it-IT' }),
    );
    posts.rawTag = await post(
      AUTHOR,
      'Tag scritto a mano',
      `<cst-kpi-tile src="${DATA}" dataset="active-credentials"></cst-kpi-tile>`,
    );
    posts.hostileAuthor = await post(AUTHOR, 'Tentativi (autore)', HOSTILE);
    posts.hostileContributor = await post(CONTRIBUTOR, 'Tentativi (collaboratore)', HOSTILE);
    posts.embed = await post(
      AUTHOR,
      'SLA incorporati',
      `Dal portale dei dati:\n\n${feed.url}/embed/embed.html?element=cst-sla-table&src=/data/focus-2016.json&dataset=sla\n`,
    );
    browser = await launchBrowser();
    reader = await browser.createBrowserContext();
  });

  after(async () => {
    await browser?.close();
    await feed?.close();
    await site?.close();
  });

  it('gives an Author the block in the editor, in Italian, and publishes it', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
    // Values set rather than typed: the login page moves the focus to the first field after a delay.
    await page.$eval('#user_login', (el, value) => (el.value = value), AUTHOR.login);
    await page.$eval('#user_pass', (el, value) => (el.value = value), AUTHOR.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        window.wp?.blocks?.getBlockType('cst-widgets/widget') &&
        wp.data.select('core/editor').getCurrentPostId(),
      { timeout: 60_000 },
    );
    // The Author uploads the report document to the Media Library (as the media modal does).
    const uploaded = await page.evaluate(
      async (json) => {
        const body = new FormData();
        body.append('file', new File([json], 'focus-2016.json', { type: 'application/json' }));
        const media = await wp.apiFetch({ path: '/wp/v2/media', method: 'POST', body });
        return new URL(media.source_url).pathname;
      },
      readFileSync(`${root}packages/schema/fixtures/focus-2016.json`, 'utf8'),
    );
    assert.match(uploaded, /^\/wp-content\/uploads\/.*focus-2016\.json$/);
    await page.evaluate((data) => {
      const { dispatch, select } = wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide'))
        dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const sla = wp.blocks.createBlock('cst-widgets/widget', {
        element: 'sla-table',
        src: data,
        dataset: 'sla',
      });
      const kpi = wp.blocks.createBlock('cst-widgets/widget', {
        element: 'kpi-tile',
        src: data,
        dataset: 'active-credentials',
      });
      dispatch('core/block-editor').insertBlocks([sla, kpi]);
      dispatch('core/block-editor').selectBlock(sla.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      dispatch('core/editor').editPost({ title: 'Livelli di servizio (blocco)' });
    }, uploaded);

    const inspector = await page.waitForSelector('.block-editor-block-inspector', { timeout: 20_000 });
    const settings = await inspector.evaluate((el) => el.textContent);
    for (const label of [
      'Dati del rapporto',
      'Elemento',
      'Indirizzo dei dati',
      'Dataset',
      'Tema',
      'Lingua',
    ]) {
      assert.ok(settings.includes(label), `the block's settings show "${label}":\n${settings}`);
    }
    // The preview in the editor is the server's rendering with the bundle loaded: the real table.
    assert.match(await readyText(page, '.editor-styles-wrapper cst-sla-table'), /11 SLA su 11 rispettati/);
    assert.match(await readyText(page, '.editor-styles-wrapper cst-kpi-tile'), /55\.211/);
    await screenshot(page, 'editor-author');

    await page.evaluate(() => {
      wp.data.dispatch('core/editor').editPost({ status: 'publish' });
      return wp.data.dispatch('core/editor').savePost();
    });
    await page.waitForFunction(
      () =>
        wp.data.select('core/editor').isCurrentPostPublished() &&
        !wp.data.select('core/editor').isSavingPost(),
      { timeout: 30_000 },
    );
    posts.block = { url: await page.evaluate(() => wp.data.select('core/editor').getPermalink()) };
    await page.close();
  });

  for (const [name, key] of [
    ['block', 'block'],
    ['shortcode', 'shortcode'],
  ]) {
    it(`shows the seed's figures in Italian in the Author's ${name} post, with no console error and axe clean`, async () => {
      assert.ok(posts[key]?.url, `the ${name} post was published`);
      const { page, errors } = await openPage(reader, posts[key].url);
      await waitReady(page, 'cst-sla-table, cst-kpi-tile');
      const sla = await shadowText(page, 'cst-sla-table');
      for (const figure of ['SLA.1', '99,00%', '99,92%', '+0,92', '11 SLA su 11 rispettati']) {
        assert.ok(sla.includes(figure), `the SLA table shows ${figure}: ${sla.slice(0, 300)}`);
      }
      assert.match(await shadowText(page, 'cst-kpi-tile'), /55\.211/);
      assert.equal(await page.$eval('cst-sla-table', (el) => el.getAttribute('lang')), 'it-IT');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await screenshot(page, `post-${name}`);
      await page.close();
    });
  }

  it('loads the bundle as a module, only on pages with an element', async () => {
    for (const key of ['shortcode', 'rawTag']) {
      const withElements = await (await fetch(posts[key].url)).text();
      const tags = withElements.match(/<script[^>]*cst-widgets\.js[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, `${key}: one script tag for the bundle`);
      assert.match(tags[0], /type="module"/);
      assert.doesNotMatch(tags[0], /type='text\/javascript'/);
    }
    const { page } = await openPage(reader, posts.rawTag.url);
    assert.match(await readyText(page, 'cst-kpi-tile'), /55\.211/, "an Author's hand-written tag works");
    await page.close();
    const home = await (await fetch(`${site.url}/?page_id=2`)).text();
    assert.doesNotMatch(home, /cst-widgets\.js/, 'a page without elements does not load the bundle');
  });

  it("keeps scripts, on* handlers and javascript: addresses out of Authors' and Contributors' posts", async () => {
    for (const key of ['hostileAuthor', 'hostileContributor']) {
      const { stored, url } = posts[key];
      // Shortcodes and block settings are stored as written (the plugin renders them safely);
      // HTML tags are filtered on saving.
      const tags = stored.match(/<(?!!--)[^>]*>/g) ?? [];
      assert.deepEqual(
        tags.filter((tag) => /^<script|\son\w+\s*=|javascript:|data:/i.test(tag)),
        [],
        key,
      );
      const { page, dialogs } = await openPage(reader, url);
      await waitReady(page, 'cst-kpi-tile[dataset="active-credentials"]');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const found = await page.evaluate(() => {
        const content = document.querySelector('.wp-block-post-content') ?? document.body;
        const problems = [];
        for (const el of content.querySelectorAll('*')) {
          if (el.localName === 'script') problems.push('a script element');
          for (const { name, value } of el.attributes) {
            if (/^on/i.test(name)) problems.push(`${el.localName} ${name}="${value}"`);
            if (/^\s*(javascript|data|vbscript):/i.test(value))
              problems.push(`${el.localName} ${name}="${value}"`);
          }
        }
        return {
          problems,
          pwned: 'pwned' in window || '__pwned' in window,
          tags: [...content.querySelectorAll('*')].map((el) => el.localName),
        };
      });
      assert.deepEqual(found.problems, [], key);
      assert.equal(found.pwned, false);
      assert.deepEqual(dialogs, []);
      // What is safe stays: the elements with a good src, with their bad attributes removed.
      assert.ok(
        found.tags.includes('cst-sla-table') && found.tags.includes('cst-trend-line'),
        found.tags.join(' '),
      );
      assert.match(await shadowText(page, 'cst-kpi-tile[dataset="active-credentials"]'), /55\.211/);
      await page.close();
    }
  });

  it('keeps of pasted HTML what docs/cms-filters.md says, role by role', async () => {
    // An Editor (unfiltered_html): the script, the inline JSON and the iframe stay, and the JSON route works.
    const editor = posts.editorPaste.stored;
    assert.match(editor, /<script type="module" src=/);
    assert.match(editor, /<script type="application\/json">/);
    assert.match(editor, /<iframe /);
    const { page, errors } = await openPage(reader, posts.editorPaste.url);
    assert.match(await readyText(page, 'cst-kpi-tile'), /55\.211/);
    assert.equal(await page.$eval('cst-kpi-tile', (el) => el.route), 'inline');
    assert.deepEqual(errors, []);
    await page.close();

    // An Author: the script tags and the iframe go; the JSON stays as text.
    for (const key of ['authorPasteWithoutPlugin', 'authorPaste']) {
      const stored = posts[key].stored;
      assert.doesNotMatch(stored, /<script|<iframe/, key);
      assert.match(stored, /"schemaVersion"/, `${key}: the JSON is left as text`);
    }
    // Without the plugin the element goes too, and readers get the document as a paragraph of text.
    assert.doesNotMatch(posts.authorPasteWithoutPlugin.stored, /<cst-/);
    assert.match(posts.authorPaste.stored, /<cst-kpi-tile dataset="active-credentials">/);
    const without = await openPage(reader, posts.authorPasteWithoutPlugin.url);
    const text = await without.page.$eval('.wp-block-post-content', (el) => el.innerText);
    assert.match(text, /schemaVersion/);
    await without.page.close();
  });

  it('shows a link to the data in place of each element when the bundle cannot load', async () => {
    const { page } = await openPage(reader, posts.shortcode.url, { blockBundle: true });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.cst-widgets-fallback')].every(
          (a) => getComputedStyle(a).visibility === 'visible',
        ),
      { timeout: 15_000 },
    );
    const links = await page.$$eval('cst-sla-table > a, cst-kpi-tile > a', (as) =>
      as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    );
    assert.deepEqual(links, [
      { text: 'Scarica i dati', href: DATA },
      { text: 'Scarica i dati', href: DATA },
    ]);
    assert.equal((await fetch(new URL(DATA, site.url))).status, 200);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'post-fallback');
    await page.close();
  });

  it('turns a pasted embed page address into a sized iframe (oEmbed)', async () => {
    // As WordPress wrote it, from the oEmbed answer: sized for the element within WordPress's limits.
    const html = await (await fetch(posts.embed.url)).text();
    const written = html.match(/<iframe[^>]*>/)?.[0] ?? '';
    const attribute = (name) => written.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    assert.ok(attribute('src')?.startsWith(`${feed.url}/embed/embed.html?element=cst-sla-table`), written);
    assert.equal(attribute('width'), '500', "WordPress's default embed width");
    assert.equal(attribute('height'), '640', "the SLA table's height in the oEmbed answer");
    assert.equal(attribute('title'), 'Tabella degli SLA: sla');
    assert.equal(attribute('sandbox'), undefined, 'a registered provider is trusted');

    const { page, errors } = await openPage(reader, posts.embed.url);
    const iframe = await page.waitForSelector('.wp-block-post-content iframe', { timeout: 20_000 });
    const frame = await iframe.contentFrame();
    await frame.waitForFunction(() => document.querySelector('cst-sla-table')?.status === 'ready', {
      timeout: 20_000,
    });
    assert.match(
      await frame.$eval('cst-sla-table', (el) => el.shadowRoot.textContent),
      /11 SLA su 11 rispettati/,
    );
    // The plugin's embed-host script then sizes the iframe to the table: no inner scrollbar.
    const heights = async () => [
      await iframe.evaluate((el) => el.getBoundingClientRect().height),
      await frame.evaluate(() => document.documentElement.scrollHeight),
    ];
    const deadline = Date.now() + 10_000;
    let [outer, inner] = await heights();
    while (Math.abs(outer - inner) > 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [outer, inner] = await heights();
    }
    assert.ok(Math.abs(outer - inner) <= 1 && outer > 640, `iframe ${outer}px, content ${inner}px`);
    assert.deepEqual(errors, []);
    await screenshot(page, 'post-oembed');
    await page.close();
  });

  it('logs no PHP notice, warning or error from the plugin', () => {
    const lines = site
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('/plugins/cst-widgets/'));
    assert.deepEqual(lines, []);
  });

  it("on an English site, follows the site's language unless the block names one", async () => {
    await site.wp({ do: 'option', name: 'WPLANG', value: '' });
    const english = await openPage(reader, posts.shortcode.url);
    await waitReady(english.page, 'cst-sla-table');
    assert.equal(await english.page.$eval('cst-sla-table', (el) => el.getAttribute('lang')), 'en-US');
    const text = await shadowText(english.page, 'cst-sla-table');
    assert.match(text, /11 of 11 SLAs met/);
    assert.match(text, /99\.92%/);
    assert.equal(await english.page.$eval('cst-sla-table > a', (a) => a.textContent), 'Download the data');
    await screenshot(english.page, 'post-english-site');
    await english.page.close();

    const italian = await openPage(reader, posts.italianBlock.url);
    await waitReady(italian.page, 'cst-sla-table');
    assert.equal(await italian.page.$eval('cst-sla-table', (el) => el.getAttribute('lang')), 'it-IT');
    assert.match(await shadowText(italian.page, 'cst-sla-table'), /11 SLA su 11 rispettati.*99,92%/);
    assert.equal(await italian.page.$eval('cst-sla-table > a', (a) => a.textContent), 'Scarica i dati');
    assert.deepEqual(italian.errors, []);
    await italian.page.close();
  });
});
