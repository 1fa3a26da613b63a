// The baseline the issue measures our build against: stock Eleventy 3 over N plain Markdown files with a one-line
// layout, a paginated index and a paginated page per tag, and nothing more.
import type { CollectionApi, CollectionItem, UserConfig } from '@11ty/eleventy';

/** The archive's lists show 25 articles a page; the baseline's lists do the same. */
const PER_PAGE = 25;

interface Post extends CollectionItem {
  data: { title: string; tags?: string[] };
}

interface TagPage {
  tag: string;
  slug: string;
  pageNumber: number;
  pageCount: number;
  items: Post[];
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function posts(api: CollectionApi): Post[] {
  return (api.getAll() as Post[]).filter((item) => item.inputPath.includes('/posts/')).sort((a, b) => (a.inputPath < b.inputPath ? -1 : 1));
}

/** One entry per page of each tag's list, for a template paginated one entry at a time (as the archive's tag pages are). */
function tagPages(api: CollectionApi): TagPage[] {
  const byTag = new Map<string, Post[]>();
  for (const post of posts(api)) {
    for (const tag of post.data.tags ?? []) byTag.set(tag, [...(byTag.get(tag) ?? []), post]);
  }
  return [...byTag].flatMap(([tag, items]) => {
    const pageCount = Math.ceil(items.length / PER_PAGE);
    return Array.from({ length: pageCount }, (_, k) => ({ tag, slug: slugOf(tag), pageNumber: k + 1, pageCount, items: items.slice(k * PER_PAGE, (k + 1) * PER_PAGE) }));
  });
}

export default function configure(config: UserConfig) {
  config.addCollection('posts', posts);
  config.addCollection('tagPages', tagPages);
  return {
    templateFormats: ['md', 'njk'],
    // The posts are plain Markdown, as the archive's entries are: not run through a template engine first.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
