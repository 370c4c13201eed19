declare module 'virtual:backlog-docs/view' {
  const view: import('./model/view-data.ts').ViewData;
  export default view;
  /** In `dev`, the problems of the last edit as the terminal prints them; always empty in a build. */
  export const previewProblems: string[];
}
