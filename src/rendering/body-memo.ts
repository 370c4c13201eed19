import type { ContentAsset, readPublishableImage } from '../loading/content-asset.ts';
import type { PassMemo } from '../loading/pass-memo.ts';
import type { RenderedHtml } from '../model/rendered-backlog.ts';
import type { ContentProblem } from '../problems/content-problem.ts';

/** One body rendered for every level, with its problems and the images it shows. */
export interface RenderedBody {
  bodyByLevel: RenderedHtml[];
  problems: ContentProblem[];
  assets: ContentAsset[];
}

/** What rendering a body asks of the rest of the content folder. */
export interface BodyLookups {
  /** The link marker target of each entry file, by absolute path (./content-links.ts). */
  linkTargets: Pick<ReadonlyMap<string, string>, 'get'>;
  readImage: typeof readPublishableImage;
}

/** What a rendering asked and was answered: it holds while every question gets the same answer. */
interface Answers {
  links: [path: string, target: string | undefined][];
  images: [question: Parameters<typeof readPublishableImage>, answer: string][];
}

/** What a body's rendering depends on besides its lookups: its text, where it starts, the levels. */
export type BodyInput = readonly (string | number)[];

/** Each body's rendering at the last pass, by file and field, with what it was rendered from. */
export type BodyMemo = PassMemo<{ input: BodyInput; answers: Answers; rendered: RenderedBody }>;

/**
 * `render` with the memo in front: a body is rendered again when its `input` changed, or when a
 * link or image it looked up answers differently now (the linked story was renamed, the image
 * replaced). So an edit renders the edited body and none of the others, and the result is the one
 * a fresh rendering gives.
 */
export async function renderBodyOnce(
  memo: BodyMemo | undefined,
  key: string,
  input: BodyInput,
  lookups: BodyLookups,
  render: (lookups: BodyLookups) => Promise<RenderedBody>,
): Promise<RenderedBody> {
  if (!memo) return render(lookups);
  const kept = memo.get(key);
  const sameInput = kept !== undefined && kept.input.length === input.length && kept.input.every((value, index) => value === input[index]);
  if (sameInput && stillAnswers(kept.answers, lookups)) return kept.rendered;
  const answers: Answers = { links: [], images: [] };
  const rendered = await render({
    linkTargets: {
      get: (path) => {
        const target = lookups.linkTargets.get(path);
        answers.links.push([path, target]);
        return target;
      },
    },
    readImage: (...question) => {
      const image = lookups.readImage(...question);
      answers.images.push([question, JSON.stringify(image)]);
      return image;
    },
  });
  memo.set(key, { input, answers, rendered });
  return rendered;
}

function stillAnswers(answers: Answers, lookups: BodyLookups): boolean {
  return (
    answers.links.every(([path, target]) => lookups.linkTargets.get(path) === target) &&
    answers.images.every(([question, answer]) => JSON.stringify(lookups.readImage(...question)) === answer)
  );
}
