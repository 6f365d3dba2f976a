import type { Post, Site } from '@/lib/wordpress';
import { absolutizeUrls } from './absolute-urls';
import { cdata, xmlText } from './xml';

export interface FeedChannel {
  title: string;
  /** Absolute URL of the page the feed is about. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  description: string;
}

/**
 * An RSS 2.0 feed as WordPress writes one: channel metadata, and per item the title, permalink,
 * guid, RFC 822 date, author (dc:creator), categories, excerpt and full sanitized body
 * (content:encoded), with site paths made absolute.
 */
export function buildRss(site: Site, origin: string, channel: FeedChannel, posts: Post[]): string {
  const url = (path: string) => new URL(path, origin).toString();
  const newest = posts.reduce((latest, p) => (p.modifiedAt > latest ? p.modifiedAt : latest), '');
  const items = posts.map((post) => {
    const categories = [...post.categories, ...post.tags]
      .map((term) => `      <category>${cdata(term.name)}</category>`)
      .join('\n');
    return [
      '    <item>',
      `      <title>${xmlText(post.title)}</title>`,
      `      <link>${xmlText(url(post.path))}</link>`,
      `      <guid isPermaLink="true">${xmlText(url(post.path))}</guid>`,
      `      <pubDate>${new Date(post.publishedAt).toUTCString()}</pubDate>`,
      ...(post.author ? [`      <dc:creator>${cdata(post.author.name)}</dc:creator>`] : []),
      ...(categories ? [categories] : []),
      `      <description>${cdata(post.excerpt)}</description>`,
      `      <content:encoded>${cdata(absolutizeUrls(post.contentHtml, origin))}</content:encoded>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlText(channel.title)}</title>`,
    `    <atom:link href="${xmlText(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `    <link>${xmlText(channel.link)}</link>`,
    `    <description>${xmlText(channel.description || site.name)}</description>`,
    ...(newest ? [`    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`] : []),
    `    <language>${xmlText(site.language)}</language>`,
    '    <generator>Pressfront</generator>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
