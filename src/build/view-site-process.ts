// The process one view's site is built in (src/build/build-views-in-parallel.ts): it takes one job,
// begins the build, takes the view's content when it comes, and answers with the staged result or
// the error; the builder then ends it, and Astro's memory goes with it (Astro's services would
// keep it running).
import module from 'node:module';
import { stageViewSite, type ViewSiteContent, type ViewSiteJob } from './stage-view-site.ts';

// Ended by a signal, this process never writes V8's compile cache on exit (bin/backlog-docs.js):
// written once Astro is loaded, and once the build has loaded the rest.
module.flushCompileCache?.();

// A build whose parent is gone would wait for its content for ever: it ends as the parent would end it.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

const content = new Promise<ViewSiteContent>((resolve) => {
  process.on('message', (message: { job: ViewSiteJob } | { content: ViewSiteContent }) => {
    if ('content' in message) return resolve(message.content);
    stageViewSite(message.job, content).then(
      (result) => {
        module.flushCompileCache?.();
        process.send!({ result });
      },
      (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
});
