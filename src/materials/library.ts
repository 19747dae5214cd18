/**
 * A material library: the process-wide presets (built-ins plus any registered user library), optionally extended
 * by the JSON libraries a spec names. Lookups and suggestions go through a library so imported presets behave
 * exactly like built-in ones. The file formats and the preset schema live in library/.
 */
import { MATERIAL_PRESETS, getMaterialPreset, materialPresetIds, type MaterialPreset } from '../library/materials/index.js';
import { parseMaterialLibraryText, MaterialLibraryFile, MATERIAL_LIBRARY_FORMAT } from '../library/library-file.js';

export { MaterialPresetSchema } from '../library/materials/index.js';
export { MaterialLibraryFile as LibraryFile, MATERIAL_LIBRARY_FORMAT as LIBRARY_FORMAT };

export class MaterialLibrary {
  private readonly byId: Map<string, MaterialPreset>;

  constructor(private readonly own: readonly MaterialPreset[]) {
    this.byId = new Map(own.map((p) => [p.id, p]));
  }

  get presets(): readonly MaterialPreset[] {
    return this.own;
  }

  get(id: string): MaterialPreset | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** A new library with `more` added; ids already present are reported, not overwritten. */
  extend(more: readonly MaterialPreset[]): { library: MaterialLibrary; clashes: string[] } {
    const clashes = more.filter((p) => this.get(p.id)).map((p) => p.id);
    const fresh = more.filter((p) => !this.get(p.id));
    return { library: new MaterialLibrary([...this.presets, ...fresh]), clashes };
  }
}

/** The process-wide registry as a library: it reads the live list, so presets registered later are found too. */
class RegisteredLibrary extends MaterialLibrary {
  constructor() {
    super([]);
  }

  override get presets(): readonly MaterialPreset[] {
    return MATERIAL_PRESETS;
  }

  override get(id: string): MaterialPreset | undefined {
    return getMaterialPreset(id);
  }

  override ids(): string[] {
    return materialPresetIds();
  }
}

export const BUILTIN_LIBRARY: MaterialLibrary = new RegisteredLibrary();

/** A material-library file (`canvas3d materials export --format json`, a spec's `libraries`), checked. */
export const parseLibraryText = parseMaterialLibraryText;

export function libraryToJson(presets: readonly MaterialPreset[], name?: string): string {
  const file = { format: MATERIAL_LIBRARY_FORMAT, version: 1, ...(name ? { name } : {}), presets };
  return `${JSON.stringify(file, null, 2)}\n`;
}
