import { renderBacklogJson } from '../site/backlog-json.ts';
import { data } from '../site/site-context.ts';

export function GET(): Response {
  return new Response(renderBacklogJson(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
