import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, posix, sep } from 'node:path';
import type { BuiltSite } from './built-sites.ts';
import { contentTypeOf } from './content-types.ts';

/**
 * A server for one built site, answering as a static host does: under the site's base only, a
 * folder's index.html (never a listing), a redirect that adds a folder's slash, the site's 404.html
 * with status 404, GET and HEAD.
 */
export function createSiteServer(site: BuiltSite): Server {
  return createServer((request, response) => answer(site, request, response));
}

function answer(site: BuiltSite, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(response, 405, 'Only GET and HEAD are served.', { Allow: 'GET, HEAD' });
  const url = request.url ?? '/';
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const path = normalisedPath(url.slice(0, url.length - query.length));
  if (path === undefined) return sendText(response, 400, 'Bad request path.');
  if (`${path}/` === site.base) return redirect(response, encodePath(site.base) + query);
  if (!path.startsWith(site.base)) return sendText(response, 404, `Not found: this server serves the "${site.id}" site under ${site.base}`);

  const file = join(site.folder, path.slice(site.base.length));
  // The normalised path cannot climb out; this also holds where the platform reads `\` as a separator.
  if (file !== site.folder && !file.startsWith(site.folder + sep)) return sendNotFound(site, request, response);
  const stats = statOf(file);
  if (stats?.isDirectory() && !path.endsWith('/')) return redirect(response, encodePath(`${path}/`) + query);
  const served = stats?.isDirectory() ? join(file, 'index.html') : file;
  if (!sendFileIfPresent(request, response, 200, served)) sendNotFound(site, request, response);
}

/**
 * The decoded path with `.`, `..` and `//` resolved, so it can never climb above `/` — `%2e%2e` and
 * `%2f` included, as they are decoded first — nor make a redirect to another host; undefined for a
 * path that is not one.
 */
function normalisedPath(rawPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.includes('\0')) return undefined;
  return posix.normalize(path);
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Undefined for any path that is not there, too long or through a file, so no request can crash the server. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Sends the file if it is one (HEAD: its headers only); false if there is no such file. */
function sendFileIfPresent(request: IncomingMessage, response: ServerResponse, status: number, file: string): boolean {
  const stats = statOf(file);
  if (!stats?.isFile()) return false;
  response.writeHead(status, { 'Content-Type': contentTypeOf(file), 'Content-Length': stats.size });
  if (request.method === 'HEAD') response.end();
  else
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  return true;
}

function sendNotFound(site: BuiltSite, request: IncomingMessage, response: ServerResponse): void {
  if (!sendFileIfPresent(request, response, 404, join(site.folder, '404.html'))) sendText(response, 404, 'Not found.');
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, 'Content-Length': 0 }).end();
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers })
    .end(text);
}
