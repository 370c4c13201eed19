declare module 'virtual:backlog-docs/view' {
  const view: import('./model/view-data.ts').ViewData;
  export default view;
}
