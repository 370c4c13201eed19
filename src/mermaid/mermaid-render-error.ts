/** Where a written diagram comes from: the entry whose body holds the ```mermaid block. */
export interface DiagramOwner {
  kind: 'project' | 'phase' | 'epic' | 'story';
  id: string;
}

/**
 * Mermaid could not draw a diagram, or took too long: a problem in the diagram's source, for the
 * build to report as content rather than crash on. It carries the source as given to Mermaid
 * (comments removed), Mermaid's own message, and, for a block written in a body, its entry.
 */
export class MermaidRenderError extends Error {
  readonly source: string;
  readonly mermaidMessage: string;
  readonly owner?: DiagramOwner;

  constructor(source: string, mermaidMessage: string, owner?: DiagramOwner) {
    super(`Mermaid could not draw a diagram: ${mermaidMessage.split('\n')[0]}`);
    this.name = 'MermaidRenderError';
    this.source = source;
    this.mermaidMessage = mermaidMessage;
    this.owner = owner;
    // Told to a person, not a developer: no stack even when nothing catches it.
    this.stack = `${this.name}: ${this.message}`;
  }

  /** The same failure, attributed to the entry whose body holds the diagram. */
  in(owner: DiagramOwner): MermaidRenderError {
    return new MermaidRenderError(this.source, this.mermaidMessage, owner);
  }
}
