// The editors' guides are written once, in docs/ (read on the repository's site too), and shown here
// as they are: links that lead to other files of the repository are turned into links to the
// repository, and the link between the two guides into a link between their Storybook pages.
const REPOSITORY = 'https://github.com/cst-widgets/cst-widgets/blob/main/';
const PAGES: Record<string, string> = {
  'guida-redazioni.md': '?path=/docs/docs-guida-per-le-redazioni--docs',
  'editors-guide.md': '?path=/docs/docs-editors-guide--docs',
};

export function forStorybook(markdown: string): string {
  return markdown.replace(/\]\((?!https?:|#)([^)\s]+)\)/g, (_, target: string) => {
    const page = PAGES[target];
    if (page) return `](${page})`;
    const path = target.startsWith('../') ? target.slice(3) : `docs/${target}`;
    return `](${REPOSITORY}${path})`;
  });
}
