import lighthouse, { desktopConfig, type Result } from 'lighthouse';

/** The categories that must score 100 (issue 13, point 8); performance is measured and reported only. */
export const requiredCategories = ['accessibility', 'best-practices', 'seo'] as const;
/** Good is under 0.1 (web.dev's threshold for cumulative layout shift). */
export const clsLimit = 0.1;

export interface PageAudit {
  /** Per category, 0–100; a category not run is absent, one Lighthouse could not score is NaN. */
  scores: Partial<Record<'performance' | (typeof requiredCategories)[number], number>>;
  cls: number;
  /** What keeps the page from passing: failing audits of the required categories, and what shifted. */
  failures: string[];
}

/**
 * Audits one page in the Chromium behind `port`, with Lighthouse's own defaults (a mid-range phone,
 * simulated throttling) or its desktop config. The 404 page is audited without the SEO category: it
 * is not meant to be found, and SEO's audits want an indexable page with a 2xx status.
 */
export async function auditPage(url: string, options: { port: number; desktop: boolean; notFoundPage: boolean }): Promise<PageAudit> {
  const categories = ['performance', ...requiredCategories].filter((category) => !(options.notFoundPage && category === 'seo'));
  const result = await lighthouse(
    url,
    { port: options.port, hostname: '127.0.0.1', logLevel: 'error', onlyCategories: categories },
    options.desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)]));
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
  const failures = lhr.runtimeError ? [`runtime error: ${lhr.runtimeError.message}`] : [];
  for (const category of requiredCategories.filter((id) => categories.includes(id))) {
    for (const { id } of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[id];
      if (audit && isFailing(audit)) failures.push(`${category}: ${audit.title}${describeItems(audit)}`);
    }
  }
  if (!(cls < clsLimit)) failures.push(`layout shift ${cls.toFixed(3)}${describeItems(lhr.audits['layout-shifts'])}`);
  return { scores, cls, failures };
}

function isFailing(audit: Result['audits'][string]): boolean {
  return ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1;
}

/** The first few elements or resources an audit names, to know where to look. */
function describeItems(audit: Result['audits'][string] | undefined): string {
  const items = (audit?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const described = items.slice(0, 3).map((item) => {
    const node = item.node as { selector?: string } | undefined;
    const where = (item.sourceLocation as { url?: string } | undefined)?.url ?? (item.url as string | undefined);
    return [node?.selector, item.description, where].filter(Boolean).join(' ') || '?';
  });
  return described.length ? ` (${described.join('; ')}${items.length > 3 ? `; ${items.length - 3} more` : ''})` : '';
}
