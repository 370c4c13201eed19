import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cannotListen, portInUse } from '../problems/catalogue/refusals.ts';
import { refusalOf, type Refusal } from '../problems/refusal.ts';
import type { BuiltSite } from './built-sites.ts';
import { createSiteServer } from './site-server.ts';

export interface ServedSite extends BuiltSite {
  url: string;
}

/**
 * Serves each site on its own port, from `firstPort` up (a free one each when 0): views that share
 * a base never collide, and a link from one site into another fails here as it would deployed apart.
 * On a port that cannot be used, closes the servers already started and says why in one line.
 */
export async function serveSites(
  sites: BuiltSite[],
  host: string,
  firstPort: number,
): Promise<{ served: ServedSite[] } | { refused: Refusal }> {
  const servers: Server[] = [];
  const served: ServedSite[] = [];
  for (const [index, site] of sites.entries()) {
    const port = firstPort === 0 ? 0 : firstPort + index;
    const server = createSiteServer(site);
    const refused = await listen(server, host, port);
    if (refused) {
      await Promise.all(servers.map((started) => new Promise((resolve) => started.close(resolve))));
      return { refused };
    }
    servers.push(server);
    served.push({
      ...site,
      url: `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}${site.base}`,
    });
  }
  return { served };
}

/** Undefined once listening, else why not. */
function listen(server: Server, host: string, port: number): Promise<Refusal | undefined> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === 'EADDRINUSE' ? refusalOf(portInUse, { port, host }) : refusalOf(cannotListen, { port, host, reason: error.message }),
      );
    });
    server.listen(port, host, () => resolve(undefined));
  });
}
