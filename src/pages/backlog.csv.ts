import { renderBacklogCsv } from '../site/backlog-csv.ts';
import { data, statusById, t } from '../site/site-context.ts';

export function GET(): Response {
  const csv = renderBacklogCsv(data, t, (id) => statusById.get(id)?.label ?? id);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
