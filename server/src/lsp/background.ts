/**
 * The server's background work: generators of small steps, one step taken per pause in
 * typing (`idle`), so that a keystroke or a request never waits for more than one step.
 * Used for what the first requests on an open file need, the tree status, and reading the
 * C headers.
 */
export type TaskKind = 'document' | 'tree';

interface Task {
  kind: TaskKind;
  steps: Iterator<void, unknown>;
  done?: (value: unknown) => void;
}

export class BackgroundWork {
  private tasks: Task[] = [];
  private running = false;

  /**
   * `failed` hears of a step that threw: its task is dropped, the others go on. `allowed`
   * may hold back kinds of task (the server's debug request does, for tests).
   */
  constructor(
    private readonly idle: () => Promise<void>,
    private readonly failed: (e: unknown) => void,
    private readonly allowed: (kind: TaskKind) => boolean = () => true,
  ) {}

  /** Whether a task of `kind` (of any kind by default) is queued or under way. */
  pending(kind?: TaskKind): boolean {
    return this.tasks.some((t) => kind === undefined || t.kind === kind);
  }

  /** Queues `steps`; `first` puts them ahead of the others (a file just opened). `done` gets what the generator returns. */
  add<T>(kind: TaskKind, steps: Iterator<void, T>, options: { first?: boolean; done?: (value: T) => void } = {}): void {
    const task: Task = { kind, steps, done: options.done as ((value: unknown) => void) | undefined };
    if (options.first) this.tasks.unshift(task);
    else this.tasks.push(task);
    if (!this.running) {
      this.running = true;
      void this.run();
    }
  }

  /** Drops every queued task (the project they were for is gone). */
  clear(): void {
    this.tasks = [];
  }

  private drop(task: Task): void {
    const at = this.tasks.indexOf(task);
    if (at >= 0) this.tasks.splice(at, 1);
  }

  private async run(): Promise<void> {
    try {
      while (this.tasks.length) {
        await this.idle();
        const task = this.tasks.find((t) => this.allowed(t.kind));
        if (!task) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          continue;
        }
        let r: IteratorResult<void, unknown>;
        try {
          r = task.steps.next();
        } catch (e) {
          this.drop(task);
          this.failed(e);
          continue;
        }
        if (!r.done) continue;
        this.drop(task);
        task.done?.(r.value);
      }
    } finally {
      this.running = false;
    }
  }
}
