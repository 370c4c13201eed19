/**
 * A drawn SVG at its natural size, one CSS pixel per unit of its view box, so its text reads at
 * the size it was drawn at. Some of Mermaid's diagram kinds ignore `useMaxWidth: false` (xychart)
 * and take the page's width up to their own, which on a phone shrinks their text; some give a
 * height that disagrees with their view box (sequence), which shrinks it a little everywhere.
 */
export function atNaturalSize(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) => {
    const viewBox = tag.match(/\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/);
    if (!viewBox) return tag;
    const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
    const style = (tag.match(/\sstyle="([^"]*)"/)?.[1] ?? '').replace(/max-width:\s*[\d.]+px;?/, '').trim();
    return tag
      .replace(/\s(?:width|height|style)="[^"]*"/g, '')
      .replace(/>$/, ` width="${width}" height="${height}"${style ? ` style="${style}"` : ''}>`);
  });
}

/** The size a drawn SVG takes on the page, from its root's width and height (see atNaturalSize). */
export function drawnSize(svg: string): { width: number; height: number } {
  const root = svg.match(/^<svg\b[^>]*>/)?.[0] ?? '';
  const size = (name: string) => Number(root.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? 0);
  return { width: size('width'), height: size('height') };
}
