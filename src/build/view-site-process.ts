// The process one view's site is built in (src/build/build-views-in-parallel.ts): it takes one job
// and answers with the staged result or the error; the builder then ends it, and Astro's memory
// goes with it (Astro's services would keep it running).
import { stageViewSite, type ViewSiteJob } from './stage-view-site.ts';

process.once('message', (job: ViewSiteJob) => {
  stageViewSite(job).then(
    (result) => process.send!({ result }),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
