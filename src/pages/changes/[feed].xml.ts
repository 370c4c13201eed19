import { changesFeed } from '../../site/site-context.ts';

// `changes/rss.xml`, as a route with one optional page: a view without a `site` URL (feed links
// must be absolute) or without history gets no feed file at all.
export function getStaticPaths() {
  return changesFeed() === undefined ? [] : [{ params: { feed: 'rss' } }];
}

export function GET(): Response {
  return new Response(changesFeed(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
