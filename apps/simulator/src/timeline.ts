/** A scripted step of the year: what a unit does at `at` (scenario time, ms). */
export interface ScriptedAction {
  at: number;
  /** The acting unit's level: at the same instant deeper units act first, so their reports count upward. */
  level: number;
  describe: string;
  run: () => Promise<void>;
}

/** Actions in the order they happen; actions added while running join the queue in their place. */
export class Timeline {
  private readonly queue: (ScriptedAction & { seq: number })[] = [];
  private added = 0;

  add(action: ScriptedAction): void {
    this.queue.push({ ...action, seq: this.added++ });
    this.queue.sort((a, b) => a.at - b.at || b.level - a.level || a.seq - b.seq);
  }

  next(): ScriptedAction | undefined {
    return this.queue.shift();
  }
}
