/**
 * The setting: the place a description names (or a screenplay slugline's), inside or out, the era, the time
 * of day and the weather, and a lighting set-up named in the text.
 */
import type { Era, Setting, TimeOfDay, Weather } from '../description.js';
import { matchAny, type Token } from './tokens.js';
import { headAt, placeAt, PLACE_PHRASES } from './noun-phrases.js';
import { lookupPlace, lookupProp, singular, normalise, PLACE_WORDS, TIME_WORDS, WEATHER_WORDS, ERA_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from '../lexicon/index.js';
import { LIGHTING_PRESETS } from '../../library/lighting/index.js';

/** A slugline's time ("INT. KITCHEN - NIGHT") as a time of day; CONTINUOUS and LATER say none. */
const SLUG_TIMES: Record<string, TimeOfDay> = { night: 'night', dawn: 'dawn', dusk: 'dusk', evening: 'dusk', morning: 'morning', day: 'afternoon' };

/** With no place named, the things decide: trees and cars live outside, beds and sofas inside. */
const OUTDOOR_KINDS = ['tree', 'rock', 'bush', 'car', 'street_lamp', 'fence', 'well', 'log', 'mushroom'];
const INDOOR_KINDS = ['bed', 'sofa', 'bookshelf', 'wardrobe', 'desk', 'cabinet', 'chandelier', 'ceiling_lamp', 'rug', 'coffee_table', 'throne'];

export function parseSetting(text: string, slug: RegExpExecArray | null, tokens: Token[]): Setting {
  const place = (slug ? lookupPlace(slug[2]!.toLowerCase()) : undefined) ?? placeIn(tokens);
  let interior = place?.interior;
  if (slug) interior = slug[1] === 'INT' || (slug[1] === 'I/E' && (interior ?? true));
  if (interior === undefined) {
    if (/\b(outside|outdoors|outdoor|open air|under the sky|in the open)\b/.test(text)) interior = false;
    else if (/\b(inside|indoors|indoor|interior|room)\b/.test(text)) interior = true;
    else {
      const kinds = tokens.map((t) => lookupProp(singular(t.word))?.kind).filter(Boolean);
      const outdoor = kinds.filter((k) => OUTDOOR_KINDS.includes(k!)).length;
      const indoor = kinds.filter((k) => INDOOR_KINDS.includes(k!)).length;
      interior = outdoor > indoor ? false : true;
    }
  }
  const slugTime = slug?.[3]?.toLowerCase();
  let timeOfDay: TimeOfDay | undefined = TIME_WORDS.find((t) => matchAny(text, t.words))?.time;
  if (!timeOfDay && slugTime) timeOfDay = SLUG_TIMES[slugTime];
  const weather: Weather | undefined = WEATHER_WORDS.find((w) => matchAny(text, w.words))?.weather;
  const era: Era = ERA_WORDS.find((e) => matchAny(text, e.words))?.era ?? place?.era ?? 'any';
  const chosen = place ?? (interior ? DEFAULT_INTERIOR : DEFAULT_EXTERIOR);
  return { interior: interior ?? chosen.interior, place: chosen.id, era, ...(timeOfDay ? { timeOfDay } : {}), ...(weather ? { weather } : {}) };
}

/** The place the tokens name as the setting, the best-scoring place phrase. */
function placeIn(tokens: Token[]): (typeof PLACE_WORDS)[number] | undefined {
  // Every place phrase scores: after "in/at/inside …" or opening a sentence it names the setting ("in the
  // forest"); inside a longer prop phrase ("kitchen table", "park bench") it only hints at it.
  let best: { place: (typeof PLACE_WORDS)[number]; score: number } | undefined;
  const SETTING_PREPS = new Set(['in', 'at', 'inside', 'into', 'through', 'of', 'across', 'outside', 'within', 'around', 'near', 'on']);
  for (let i = 0; i < tokens.length; i++) {
    const len = placeAt(tokens, i);
    if (!len) continue;
    const words = tokens.slice(i, i + len).map((t) => t.word);
    const place = PLACE_PHRASES.get(normalise(words.join(' '))) ?? PLACE_PHRASES.get(normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' ')));
    if (!place) continue;
    const prop = headAt(tokens, i);
    let score = 0;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective')) && !tokens[k]!.comma) k--;
    if (k >= 0 && SETTING_PREPS.has(tokens[k]!.word)) score += 2;
    if (i === 0 || tokens[i - 1]!.clauseEnd || k < 0 || tokens[k]!.clauseEnd) score += 1;
    // A place word qualifying a following noun ("trench coat", "kitchen table") is not the setting.
    const next = tokens[i + len];
    if ((prop && prop.end - i > len) || (next && !tokens[i + len - 1]!.comma && next.tags.has('Noun') && !next.tags.has('Pronoun') && !PLACE_PHRASES.has(normalise(next.word)))) score -= 3;
    if (!best || score > best.score) best = { place, score };
  }
  return best?.place;
}

/** Ways people say what lights a scene, beyond the presets' own names. */
const LIGHT_SOURCES: [RegExp, string][] = [
  [/\b(lit (only |solely )?by candles?|candle ?light|candlelit|by the light of a candle)\b/, 'candle_lit'],
  [/\b(lit (only )?by torches?|torch ?light|torchlit)\b/, 'torch_lit'],
  [/\b(fire ?light|lit by (the |a )?(fire|fireplace|hearth|campfire)|glow of the fire)\b/, 'firelight'],
  [/\b(moon ?light|moonlit|lit by the moon)\b/, 'moonlight'],
  [/\b(neon ?lit|neon light|neon glow)\b/, 'neon_cyberpunk'],
  [/\b(tv glow|glow of (a |the )?(tv|television|screen))\b/, 'tv_glow'],
];

/** A lighting set-up named in the text ("Rembrandt lighting", "three-point lighting", "high key"). */
export function namedLighting(text: string): string | undefined {
  for (const [re, id] of LIGHT_SOURCES) if (re.test(text)) return id;
  for (const p of LIGHTING_PRESETS) {
    const names = [p.id.replace(/_/g, ' '), p.label.toLowerCase().replace(/[()]/g, ''), ...p.label.toLowerCase().split(/[()]/).map((x) => x.trim()).filter(Boolean)].map((n) => n.replace(/-/g, ' '));
    if (names.some((n) => n.length > 3 && (text.includes(` ${n} light`) || text.includes(` ${n} lit `) || text.includes(` ${n} style`) || (n.split(' ').length > 1 && text.includes(` ${n} `))))) return p.id;
  }
  return undefined;
}
