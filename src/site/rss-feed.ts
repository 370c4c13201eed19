import { escapeXml } from '../escaping/xml.ts';

export interface FeedChannel {
  title: string;
  description: string;
  language: string;
  /** Absolute URLs of the page the feed follows and of the feed itself. */
  link: string;
  self: string;
}

export interface FeedItem {
  title: string;
  description: string;
  /** Absolute URL. */
  link: string;
  /** Stable across builds, unique within the feed. */
  guid: string;
  /** ISO 8601. */
  date: string;
}

/** An RSS 2.0 feed. No build date: the same items make the same bytes. */
export function renderRssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...items.map((item) =>
      [
        '<item>',
        element('title', item.title),
        element('link', item.link),
        `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
        element('pubDate', new Date(item.date).toUTCString()),
        element('description', item.description),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
