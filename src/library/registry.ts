/**
 * A process-wide list of presets with lookup by id. The list is live: registering appends to it, so code that
 * iterates it sees user presets too. An id already taken is refused, never replaced: a user's preset may not
 * silently change what a built-in name means.
 */
export class PresetRegistry<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private readonly items: T[] = [];

  constructor(builtins: readonly T[]) {
    for (const p of builtins) this.add(p);
  }

  /** Every preset, built-ins first, then registered ones in the order they came. */
  get list(): readonly T[] {
    return this.items;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Adds the presets whose ids are free; returns the ids added and those refused because they were taken. */
  register(presets: readonly T[]): { added: string[]; clashes: string[] } {
    const added: string[] = [];
    const clashes: string[] = [];
    for (const p of presets) {
      if (this.add(p)) added.push(p.id);
      else clashes.push(p.id);
    }
    return { added, clashes };
  }

  private add(p: T): boolean {
    if (this.byId.has(p.id)) return false;
    this.byId.set(p.id, p);
    this.items.push(p);
    return true;
  }
}
