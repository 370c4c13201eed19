declare module 'virtual:backlog-docs/view' {
  const view: import('./projection/view-data.ts').ViewData;
  export default view;
}
