/**
 * Runs pieces of work side by side within a number of slots (cores) and a memory budget, first
 * come first served: a piece starts when a slot is free and its memory fits beside what runs. A
 * piece larger than the whole budget runs alone rather than never.
 */
export class WorkBudget {
  private freeSlots: number;
  private freeBytes: number;
  private readonly bytes: number;
  private readonly waiting: { bytes: number; slots: number; start: () => void }[] = [];

  constructor(slots: number, bytes: number) {
    // Never none: a budget the machine has already spent still lets one piece run at a time.
    this.freeSlots = Math.max(1, slots);
    this.freeBytes = Math.max(1, bytes);
    this.bytes = this.freeBytes;
  }

  /** `slot: false`: work that takes memory but no core of this budget's (another program's, mostly waiting). */
  async run<T>(bytes: number, work: () => Promise<T>, { slot = true } = {}): Promise<T> {
    const slots = slot ? 1 : 0;
    await new Promise<void>((start) => {
      this.waiting.push({ bytes, slots, start });
      this.startWaiting();
    });
    try {
      return await work();
    } finally {
      this.freeSlots += slots;
      this.freeBytes += Math.min(bytes, this.bytes);
      this.startWaiting();
    }
  }

  /** Whether work of this size would start now beside what runs, were nothing waiting before it. */
  fits(bytes: number): boolean {
    return Math.min(bytes, this.bytes) <= this.freeBytes;
  }

  private startWaiting(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      // Capped at the budget: with nothing else running, all of it is free.
      const bytes = Math.min(next.bytes, this.bytes);
      if (this.freeSlots < next.slots || bytes > this.freeBytes) return;
      this.waiting.shift();
      this.freeSlots -= next.slots;
      this.freeBytes -= bytes;
      next.start();
    }
  }
}
