import { writeFileSync } from 'node:fs';
import { launchChromium } from '../browser/chromium.ts';
import { escapeHtml } from '../escaping/html.ts';
import type { ViewData } from '../model/view-data.ts';
import { dictionaryFor } from '../site/i18n.ts';
import { withFixedPdfDates } from './fixed-pdf-dates.ts';

export interface ReportToPrint {
  /** The report page as built (src/pages/report/), already through the site's guard. */
  html: string;
  /** Where the PDF goes. */
  file: string;
  data: ViewData;
}

export interface ReportPrinter {
  /** Prints one report; reports given while one prints wait their turn. */
  print(report: ReportToPrint): Promise<void>;
  readonly printed: number;
  close(): Promise<void>;
}

/**
 * Prints views' reports to A4 PDF in one Chromium, started on the first report, with page numbers
 * in the footer. The page is self-contained, so nothing is fetched (a print never waits on the
 * network), and the PDF's dates are the build's reference date (src/build/fixed-pdf-dates.ts).
 */
export function createReportPrinter(executablePath: string): ReportPrinter {
  let browser: ReturnType<typeof launchChromium> | undefined;
  let printed = 0;
  // One print at a time, each in a page (and context) of its own: Chromium's memory stays that of
  // one print beside Astro's builds. (A single-process Chromium, lighter, printed PDFs that
  // differed from build to build.)
  let queue: Promise<unknown> = Promise.resolve();
  const printNow = async (report: ReportToPrint) => {
    const page = await (await (browser ??= launchChromium(executablePath))).newPage();
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(report.html);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        // The report's own @page rules: the roadmap is printed on a landscape page.
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: reportFooter(report.data),
        margin: { top: '15mm', bottom: '18mm', left: '16mm', right: '16mm' },
        tagged: true,
        outline: true,
      });
      writeFileSync(report.file, withFixedPdfDates(pdf, report.data.referenceDate));
      printed++;
    } finally {
      await page.close();
    }
  };
  return {
    print(report) {
      const printing = queue.then(() => printNow(report));
      queue = printing.catch(() => {});
      return printing;
    },
    get printed() {
      return printed;
    },
    async close() {
      const open = browser;
      browser = undefined;
      if (open) await (await open).close();
    },
  };
}

/** Project and view on the left, "Page 2 of 7" on the right. Chromium fills in the two spans; its footer has its own tiny default font. */
function reportFooter(data: ViewData): string {
  const words = dictionaryFor(data.view.locale).exports.report;
  const pageOf = escapeHtml(words.pageOf)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return [
    '<div style="width: 100%; margin: 0 16mm; display: flex; justify-content: space-between; font: 8pt system-ui, sans-serif; color: #000">',
    `<span>${escapeHtml(`${data.project.name} · ${data.view.title}`)}</span><span>${pageOf}</span>`,
    '</div>',
  ].join('');
}
