/**
 * Shot directions written in the text: "Low-angle close-up of the knife", "CLOSE ON Anna's hands", "WIDE",
 * "Ben's POV", "on a 24 mm", "telephoto", "slow dolly in". The vocabulary is a table of phrases → size, angle,
 * lens or move; a beat's phrases merge into one direction, and the noun phrase the direction is "of" / "on"
 * names its subject among the entities the text has introduced.
 */
import type { BeatDirection, Entity } from '../description.js';
import type { ShotAngle, ShotMove, ShotSize } from '../../scene/shot.js';

export interface DirectionPhrase {
  /** Lowercase pattern; a space matches a space, a hyphen or nothing ("close up", "close-up", "closeup"). */
  phrase: string;
  size?: ShotSize;
  angle?: ShotAngle;
  focalLengthMm?: number;
  move?: ShotMove;
  pov?: true;
  /**
   * Words that are also ordinary prose ("overhead", "from below", "wide"): read as a direction only in a
   * sentence that talks about the camera, at the start of a line, or written in capitals as a screenplay does.
   */
  ambiguous?: true;
  /** Read only in capitals ("CU", "WIDE", "INSERT"), or as a heading that opens the beat with a colon ("Insert: …"). */
  caps?: true;
}

/** Verb endings a move is written with ("pans", "panning", "panned"). */
const V = "(?:s|es|ing|ed|ning|ned)?";

export const DIRECTION_PHRASES: readonly DirectionPhrase[] = [
  // Sizes, tightest first.
  { phrase: 'extreme close up', size: 'ECU' }, { phrase: 'extreme closeup', size: 'ECU' }, { phrase: 'big close up', size: 'ECU' },
  { phrase: 'macro shot', size: 'ECU' }, { phrase: 'ecu', size: 'ECU', caps: true }, { phrase: 'xcu', size: 'ECU', caps: true }, { phrase: 'bcu', size: 'ECU', caps: true },
  { phrase: 'medium close up', size: 'MCU' }, { phrase: 'medium closeup', size: 'MCU' }, { phrase: 'mid close up', size: 'MCU' },
  { phrase: 'head and shoulders', size: 'MCU' }, { phrase: 'chest shot', size: 'MCU' }, { phrase: 'bust shot', size: 'MCU' }, { phrase: 'mcu', size: 'MCU', caps: true },
  { phrase: 'close up', size: 'CU' }, { phrase: 'closeup', size: 'CU' }, { phrase: 'close shot', size: 'CU' }, { phrase: 'close on', size: 'CU' },
  { phrase: 'tight on', size: 'CU' }, { phrase: 'tight shot', size: 'CU' }, { phrase: 'tighter on', size: 'CU' }, { phrase: 'cu', size: 'CU', caps: true },
  { phrase: 'medium long shot', size: 'MLS' }, { phrase: 'medium wide shot', size: 'MLS' }, { phrase: 'medium wide', size: 'MLS' }, { phrase: 'medium full shot', size: 'MLS' },
  { phrase: 'cowboy shot', size: 'MLS' }, { phrase: 'knee shot', size: 'MLS' }, { phrase: 'american shot', size: 'MLS' }, { phrase: 'mls', size: 'MLS', caps: true }, { phrase: 'mws', size: 'MLS', caps: true },
  { phrase: 'medium shot', size: 'MS' }, { phrase: 'mid shot', size: 'MS' }, { phrase: 'waist shot', size: 'MS' }, { phrase: 'medium', size: 'MS', caps: true },
  { phrase: 'ms', size: 'MS', caps: true },
  { phrase: 'full shot', size: 'FS' }, { phrase: 'long shot', size: 'FS' }, { phrase: 'full length shot', size: 'FS' }, { phrase: 'full body shot', size: 'FS' },
  { phrase: 'full figure', size: 'FS' }, { phrase: 'fs', size: 'FS', caps: true }, { phrase: 'ls', size: 'FS', caps: true },
  { phrase: 'extreme wide shot', size: 'EWS' }, { phrase: 'extreme wide', size: 'EWS' }, { phrase: 'extreme long shot', size: 'EWS' }, { phrase: 'very wide shot', size: 'EWS' },
  { phrase: 'establishing shot', size: 'EWS' }, { phrase: 'establishing', size: 'EWS', caps: true }, { phrase: 'ews', size: 'EWS', caps: true }, { phrase: 'els', size: 'EWS', caps: true }, { phrase: 'xws', size: 'EWS', caps: true },
  { phrase: 'close', size: 'CU', caps: true }, { phrase: 'wide shot', size: 'WS' }, { phrase: 'wide on', size: 'WS' }, { phrase: 'wide', size: 'WS', caps: true }, { phrase: 'ws', size: 'WS', caps: true },
  { phrase: 'two shot', size: 'TWO' }, { phrase: '2 shot', size: 'TWO' }, { phrase: 'over the shoulder', size: 'OTS' }, { phrase: 'over shoulder', size: 'OTS' },
  { phrase: `over (?:his|her|their|[a-z]+'?s) shoulders?`, size: 'OTS' }, { phrase: 'ots', size: 'OTS', caps: true },
  { phrase: 'insert shot', size: 'INSERT' }, { phrase: 'insert of', size: 'INSERT' }, { phrase: 'insert on', size: 'INSERT' }, { phrase: 'insert', size: 'INSERT', caps: true },
  { phrase: 'detail shot', size: 'INSERT' }, { phrase: 'cutaway to', size: 'INSERT' },
  { phrase: 'pov', pov: true }, { phrase: 'point of view', pov: true }, { phrase: "through (?:his|her|their|[a-z]+'?s) eyes", pov: true },
  // Angles.
  { phrase: "bird'?s eye", angle: 'birds-eye' }, { phrase: 'overhead shot', angle: 'birds-eye' }, { phrase: 'overhead view', angle: 'birds-eye' }, { phrase: 'overhead', angle: 'birds-eye', ambiguous: true },
  { phrase: 'top down', angle: 'birds-eye' }, { phrase: 'top shot', angle: 'birds-eye' }, { phrase: 'directly above', angle: 'birds-eye' }, { phrase: 'aerial', angle: 'birds-eye', ambiguous: true },
  { phrase: "worm'?s eye", angle: 'worms-eye' }, { phrase: 'from the ground looking up', angle: 'worms-eye' }, { phrase: 'from directly below', angle: 'worms-eye' }, { phrase: 'from the floor', angle: 'worms-eye', ambiguous: true },
  { phrase: 'high angle', angle: 'high' }, { phrase: 'from above', angle: 'high', ambiguous: true }, { phrase: 'looking down (?:at|on)', angle: 'high', ambiguous: true },
  { phrase: 'low angle', angle: 'low' }, { phrase: 'from below', angle: 'low', ambiguous: true }, { phrase: 'looking up (?:at|to)', angle: 'low', ambiguous: true },
  { phrase: 'eye level', angle: 'eye' }, { phrase: 'straight on', angle: 'eye', ambiguous: true },
  { phrase: 'dutch angle', angle: 'dutch' }, { phrase: 'dutch tilt', angle: 'dutch' }, { phrase: 'dutched', angle: 'dutch' }, { phrase: 'dutch', angle: 'dutch', ambiguous: true }, { phrase: 'canted', angle: 'dutch' }, { phrase: 'oblique angle', angle: 'dutch' }, { phrase: 'tilted frame', angle: 'dutch' }, { phrase: 'tilted horizon', angle: 'dutch' },
  // Lenses by name; millimetres are read by LENS_MM.
  { phrase: 'telephoto', focalLengthMm: 135 }, { phrase: 'long lens', focalLengthMm: 100 }, { phrase: 'portrait lens', focalLengthMm: 85 },
  { phrase: 'normal lens', focalLengthMm: 50 }, { phrase: 'standard lens', focalLengthMm: 50 }, { phrase: 'ultra wide', focalLengthMm: 16 },
  { phrase: 'wide angle', focalLengthMm: 24 }, { phrase: 'wide lens', focalLengthMm: 24 }, { phrase: 'fisheye', focalLengthMm: 14 }, { phrase: 'fish eye', focalLengthMm: 14 },
  // Moves.
  { phrase: `doll(?:y|ies|ying|ied) (?:in|forward|towards?)`, move: 'dolly-in' }, { phrase: `doll(?:y|ies|ying|ied) (?:out|back|away)`, move: 'dolly-out' },
  { phrase: `push${V} (?:in|forward)`, move: 'push-in' }, { phrase: `pull${V} (?:back|out|away)`, move: 'pull-back' },
  { phrase: `pan${V} (?:to the )?left`, move: 'pan-left' }, { phrase: `pan${V} (?:to the )?right`, move: 'pan-right' },
  { phrase: `(?:slow |whip |camera )pan${V}`, move: 'pan' }, { phrase: `pan${V} (?:across|over|along|to|with)`, move: 'pan' }, { phrase: 'pans', move: 'pan', ambiguous: true },
  { phrase: `tilt${V} up`, move: 'tilt-up' }, { phrase: `tilt${V} down`, move: 'tilt-down' },
  { phrase: 'tracking shot', move: 'tracking' }, { phrase: `track${V} (?:with|alongside|behind|along)`, move: 'tracking' }, { phrase: 'tracking', move: 'tracking', ambiguous: true },
  { phrase: `truck${V} (?:left|right|with|along)`, move: 'trucking' }, { phrase: 'trucking shot', move: 'trucking' },
  { phrase: `(?:crane|boom|jib)${V} up`, move: 'crane-up' }, { phrase: `(?:crane|boom|jib)${V} down`, move: 'crane-down' }, { phrase: 'crane shot', move: 'crane-up' },
  { phrase: 'hand held', move: 'handheld' }, { phrase: 'handheld', move: 'handheld' }, { phrase: 'steadicam', move: 'steadicam' }, { phrase: 'gimbal shot', move: 'steadicam' },
  { phrase: `zoom${V} (?:in|into)`, move: 'zoom-in' }, { phrase: `zoom${V} (?:out|back)`, move: 'zoom-out' }, { phrase: 'slow zoom', move: 'zoom-in' },
  { phrase: 'static', move: 'static', caps: true }, { phrase: 'static shot', move: 'static' }, { phrase: 'static camera', move: 'static' }, { phrase: 'locked off', move: 'static' }, { phrase: 'on sticks', move: 'static' }, { phrase: 'on a tripod', move: 'static' },
];

/** "35mm", "on a 85 mm", "85-mm lens", "a 24mm wide". */
const LENS_MM = /\b(\d{1,4}(?:\.\d)?)\s*-?\s*mm\b/i;
/** A sentence that talks about the camera, so an ambiguous phrase in it is a direction. */
const CAMERA_CONTEXT = /\b(shot|shots|angle|view|camera|frame|framed|framing|lens|seen|filmed|shoot|shooting|we see|pov)\b/i;

interface Compiled extends DirectionPhrase {
  re: RegExp;
}

const COMPILED: Compiled[] = DIRECTION_PHRASES.map((p) => ({
  ...p,
  re: new RegExp(`(?<![\\w'])${p.phrase.replace(/ /g, '[\\s-]*')}(?![\\w'])`, 'gi'),
}))
  // Longest first, so "extreme close up" is read before "close up" and "medium close up" before "medium".
  .sort((a, b) => b.phrase.length - a.phrase.length);

interface Hit {
  start: number;
  end: number;
  entry: DirectionPhrase;
  text: string;
}

/**
 * Whether [start, end) lies in a shot heading: the few words that open a line before its colon or dash ("Static
 * wide: a rowboat …", "Shot 3, close, 85mm: the photo …", "Insert: the net"), where screenplay words count in any case.
 */
function inHeading(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const cut = line.search(/:|\s[-–—]\s/);
  return cut >= 0 && end - lineStart <= cut && line.slice(0, cut).trim().split(/\s+/).length <= 6;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
  const cameraTalk = CAMERA_CONTEXT.test(text);
  for (const c of COMPILED) {
    for (const m of text.matchAll(c.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const lineStart = /^\W*$/.test(text.slice(0, start).split('\n').pop() ?? '');
      // Screenplay words count in capitals ("WIDE", "INSERT"), or as a shot list's heading ("Insert: the net").
      if (c.caps && m[0] !== m[0].toUpperCase() && !inHeading(text, start, end)) continue;
      if (c.ambiguous && !cameraTalk && !lineStart && m[0] !== m[0].toUpperCase()) continue;
      hits.push({ start, end, entry: c, text: m[0] });
    }
  }
  const mm = LENS_MM.exec(text);
  if (mm && !taken(mm.index, mm.index + mm[0].length)) hits.push({ start: mm.index, end: mm.index + mm[0].length, entry: { phrase: 'mm', focalLengthMm: Number(mm[1]) }, text: mm[0] });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The words a sentence spends on camera directions ("slow dolly in", "crane up", "pan left"): they are never
 * props, though a dolly, a crane or a pan can be one. Names inside a direction ("over Mara's shoulder") stay.
 */
export function directionWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const hit of findHits(text)) {
    const allCaps = hit.text === hit.text.toUpperCase();
    // A capital opening a sentence is the sentence's ("Crane down to the monks"), not a name's.
    const opening = /(^|[.!?:\n]\s*)$/.test(text.slice(0, hit.start));
    hit.text.split(/[^\p{L}'-]+/u).forEach((w, k) => {
      if (w && (allCaps || !/^\p{Lu}/u.test(w) || (k === 0 && opening))) words.add(w.toLowerCase());
    });
  }
  return words;
}

const PRONOUNS: Record<string, Entity['pronoun'] | 'any'> = { her: 'she', she: 'she', hers: 'she', his: 'he', him: 'he', he: 'he', their: 'they', them: 'they', they: 'they' };

/** Where an entity is first named in a stretch of text (its name, its head noun or its kind, plurals allowed), or -1. */
function firstIndexOf(text: string, e: Entity): number {
  const words = [e.name, e.name.split(/\s+/).pop() ?? '', e.fallback?.noun ?? '', e.kind === 'person' ? '' : e.kind.replace(/_/g, ' ')].filter((w) => w.length > 1);
  let best = -1;
  for (const w of new Set(words.map((x) => x.toLowerCase()))) {
    const m = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|'s|’s)?\\b`, 'i').exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** Entities named in a stretch of text, in the order written; pronouns stand for the beat's people. */
function entitiesIn(text: string, entities: Entity[], beatSubjects: string[]): Entity[] {
  const found = entities.map((e) => ({ e, at: firstIndexOf(text, e) })).filter((x) => x.at >= 0);
  const pronoun = /\b(her|she|hers|his|him|he|their|them|they)\b/i.exec(text);
  if (pronoun) {
    const want = PRONOUNS[pronoun[1]!.toLowerCase()];
    const people = beatSubjects.map((id) => entities.find((e) => e.id === id)).filter((e): e is Entity => e?.kind === 'person');
    const who = people.find((p) => p.pronoun === want) ?? people[0];
    if (who && !found.some((x) => x.e === who)) found.push({ e: who, at: pronoun.index });
  }
  return found.sort((a, b) => a.at - b.at).map((x) => x.e);
}

/**
 * The noun phrase a direction is about: what follows "of", "on", "at" or the direction itself ("WIDE, the tavern",
 * "over her shoulder, the door"), up to the clause's end.
 */
function objectText(text: string, from: number, opensBeat = false): string {
  // A comma right after the direction introduces its object only when the direction opens the beat, as a shot
  // list writes it; mid-sentence ("a guard seen from below, standing at the gate") it starts another clause.
  const lead = opensBeat ? '[,:—–-]?' : '';
  const rest = text.slice(from).replace(new RegExp(`^\\s*${lead}\\s*(?:shot|view|angle|framing|lens)?\\s*[:—–-]?\\s*(?:of|on|onto|at|over|to|towards|across|with)?\\s+`, 'i'), ' ');
  return rest.split(/[,;.!?\n]|\b(?:as|while|who|which|that|then|and then|when)\b/i)[0] ?? '';
}

/** The beat's direction, or undefined when it writes none. `beatSubjects` are the ids the beat mentions, in order. */
export function readShotDirection(text: string, entities: Entity[], beatSubjects: string[] = []): BeatDirection | undefined {
  const hits = findHits(text);
  if (!hits.length) return undefined;
  const first = <K extends keyof DirectionPhrase>(k: K) => hits.find((h) => h.entry[k] !== undefined);
  const size = first('size');
  const angle = first('angle');
  const lens = hits.filter((h) => h.entry.focalLengthMm !== undefined).pop();
  const move = first('move');
  const pov = first('pov');
  const framing = size ?? angle ?? pov ?? hits[0]!;
  const named = entitiesIn(objectText(text, framing.end, !/\S/.test(text.slice(0, framing.start))), entities, beatSubjects);
  const direction: BeatDirection = { subjects: [], phrases: hits.map((h) => h.text.slice(0, 80)).slice(0, 16) };
  if (size?.entry.size) direction.size = size.entry.size;
  if (angle?.entry.angle) direction.angle = angle.entry.angle;
  if (lens?.entry.focalLengthMm) direction.focalLengthMm = Math.min(1200, Math.max(8, lens.entry.focalLengthMm));
  if (move?.entry.move) direction.move = move.entry.move;
  if (pov) {
    // "Anna's POV", "POV of Anna", "through Anna's eyes": the looker is named just before or after.
    const around = `${text.slice(Math.max(0, pov.start - 40), pov.start)} ${pov.text} ${objectText(text, pov.end).split(/\s+/).slice(0, 3).join(' ')}`;
    const looker = entitiesIn(around, entities, beatSubjects).find((e) => e.kind === 'person');
    if (looker) direction.pov = looker.id;
    direction.subjects = entitiesIn(objectText(text, pov.end), entities, beatSubjects).filter((e) => e.id !== looker?.id).map((e) => e.id).slice(0, 4);
    return direction;
  }
  if (direction.size === 'OTS') direction.subjects = overTheShoulder(text, size!, named, entities, beatSubjects);
  else direction.subjects = named.map((e) => e.id).slice(0, direction.size === 'TWO' ? 2 : 1);
  const part = bodyPart(objectText(text, framing.end, !/\S/.test(text.slice(0, framing.start))));
  if (part && direction.size !== 'OTS' && direction.size !== 'TWO') direction.part = part;
  return direction;
}

/** "her hands", "his trembling fingers", "the boots": the part of a person a shot is of, when it names one. */
function bodyPart(object: string): 'hands' | 'feet' | undefined {
  if (/\b(hands?|fingers?|fists?|palms?|knuckles|wrists?|grip)\b/i.test(object)) return 'hands';
  if (/\b(feet|foot|boots?|shoes?|toes|heels?|ankles?)\b/i.test(object)) return 'feet';
  return undefined;
}

/** OTS subjects: who we look at, then whose shoulder ("over Anna's shoulder", "over the shoulder of Anna onto Ben"). */
function overTheShoulder(text: string, hit: Hit, named: Entity[], entities: Entity[], beatSubjects: string[]): string[] {
  const people = (list: Entity[]) => list.filter((e) => e.kind === 'person');
  const own = /over (.+?)['’]?s? shoulders?/i.exec(hit.text);
  const ofWhom = /^\s*(?:of|from behind)\s+([^,;.]+)/i.exec(text.slice(hit.end));
  const shoulderText = own?.[1] ?? (/shoulder$/i.test(hit.text) && ofWhom ? ofWhom[1]! : '');
  const shoulder = shoulderText ? people(entitiesIn(shoulderText, entities, beatSubjects))[0] : undefined;
  const cast = [...people(named), ...people(beatSubjects.map((id) => entities.find((e) => e.id === id)).filter((e): e is Entity => !!e)), ...people(entities)];
  // What the text names past the shoulder ("over Mara's shoulder, the bookshelf") is what we look at; else a person.
  const target = named.find((e) => e !== shoulder) ?? cast.find((e) => e !== shoulder);
  const other = shoulder ?? cast.find((e) => e !== target);
  return [target, other].filter((e): e is Entity => !!e).map((e) => e.id);
}
