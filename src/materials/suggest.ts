/**
 * suggestMaterials("old wooden door"): ranks presets by how well their id, tags, synonyms and family match the
 * words, with MiniSearch doing the indexing, prefix and fuzzy matching. This is retrieval, and says so: the
 * score is a relevance score, not a probability.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { MaterialPreset } from '../library/materials/index.js';
import { BUILTIN_LIBRARY, type MaterialLibrary } from './library.js';

export interface Suggestion {
  id: string;
  family: string;
  score: number;
  /** The query words that matched, and where. */
  matched: Record<string, string[]>;
}

/** Adjective forms that mean the noun itself: searched as if the noun were typed. */
const NORMALISE: Record<string, string> = {
  wooden: 'wood', timber: 'wood', metallic: 'metal', golden: 'gold', silvery: 'silver', stony: 'stone', rusty: 'rusted',
  glassy: 'glass', leathery: 'leather', woollen: 'wool', woolen: 'wool', silken: 'silk', icy: 'ice', muddy: 'mud', sandy: 'sand',
};

/** Words that describe age, wear or mood, mapped to the vocabulary presets are tagged with (weighted lower). */
const EXPANSIONS: Record<string, string[]> = {
  old: ['weathered', 'aged', 'worn', 'antique', 'rustic'], ancient: ['weathered', 'aged', 'antique'], rusted: ['rust', 'corroded'],
  shiny: ['polished', 'glossy'], dull: ['matte'], glowing: ['emissive', 'glow'], see: ['transparent'], clear: ['transparent'],
  futuristic: ['scifi'], 'sci-fi': ['scifi'], medieval: ['medieval', 'castle', 'dungeon'], dirty: ['grime', 'dirt'], wet: ['wet', 'water'],
};

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'with', 'in', 'on', 'for', 'to', 'made', 'some']);

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .map((t) => t.replace(/^-+|-+$/g, ''))
    .filter((t) => t.length > 1 && !STOP.has(t));
}

/** Plural and adjective endings folded so "bricks" finds "brick" and "tiled" finds "tile". */
function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 4 && t.endsWith('es') && /(sh|ch|x|s)es$/.test(t)) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
}

interface Doc {
  id: string;
  name: string;
  family: string;
  tags: string;
  synonyms: string;
}

// Keyed by library and its size: the process-wide library grows when a user library is registered.
const indexes = new WeakMap<MaterialLibrary, { size: number; index: MiniSearch<Doc> }>();

function indexFor(library: MaterialLibrary): MiniSearch<Doc> {
  const cached = indexes.get(library);
  if (cached?.size === library.presets.length) return cached.index;
  const index = new MiniSearch<Doc>({
    fields: ['name', 'family', 'tags', 'synonyms'],
    storeFields: ['family'],
    tokenize: (text) => tokenize(text.replace(/_/g, ' ')),
    processTerm: (term) => stem(term),
    searchOptions: { boost: { name: 3, synonyms: 2.5, tags: 1.5, family: 1 }, prefix: (t) => t.length >= 4, fuzzy: (t) => (t.length >= 6 ? 0.2 : false) },
  });
  index.addAll(library.presets.map((p: MaterialPreset) => ({ id: p.id, name: p.id, family: p.family, tags: p.tags.join(' '), synonyms: p.synonyms.join(' ') })));
  indexes.set(library, { size: library.presets.length, index });
  return index;
}

export function suggestMaterials(text: string, options: { limit?: number; library?: MaterialLibrary; family?: string } = {}): Suggestion[] {
  const words = tokenize(text).map((w) => NORMALISE[w] ?? w);
  if (!words.length) return [];
  const expansions = [...new Set(words.flatMap((w) => EXPANSIONS[w] ?? []))].filter((w) => !words.includes(w));
  const index = indexFor(options.library ?? BUILTIN_LIBRARY);
  const filter = options.family ? { filter: (r: SearchResult) => r.family === options.family } : {};
  // The words as typed count fully; the expansions (old → weathered, aged…) count less. A preset that matches
  // more of the typed words ranks above one that matches a single word very well.
  const scores = new Map<string, Suggestion>();
  const add = (query: string[], weight: number) => {
    if (!query.length) return;
    for (const r of index.search(query.join(' '), { combineWith: 'OR', ...filter })) {
      const s = scores.get(r.id as string) ?? { id: r.id as string, family: r.family as string, score: 0, matched: {} };
      s.score += r.score * weight;
      for (const [term, fields] of Object.entries(r.match)) s.matched[term] = fields;
      scores.set(s.id, s);
    }
  };
  add(words, 1);
  add(expansions, 0.4);
  const stems = words.map(stem);
  for (const s of scores.values()) {
    const covered = stems.filter((w) => Object.keys(s.matched).some((m) => m === w || m.startsWith(w) || w.startsWith(m))).length;
    s.score = Math.round(s.score * (1 + covered / words.length) * 100) / 100;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, options.limit ?? 10);
}
