/**
 * Markers a rendered body carries where a view's address goes. A body is rendered once for all
 * views; each view's projection then replaces the markers (src/projection/resolve-content-links.ts and project-backlog.ts),
 * so no site names a file path, another site's base or a hidden id.
 */

/** Stands for a link to another item: `backlog-link:stories/par-12`. */
export const linkMarker = 'backlog-link:';

/** Stands for a view's asset folder until the projection knows the view's base path. */
export const assetMarker = 'backlog-asset:';
