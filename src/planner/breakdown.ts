/**
 * Breakdown: the description's beats → a shot list in film grammar. The scene is established first (wide, or
 * an extreme wide outdoors), then each beat is covered from wide to close on the people and things it is about;
 * two people facing each other get shot/reverse-shot over the shoulder, both from the same side of the line
 * between them (the layout decides which side later); angles follow the beat's mood — low for power, high for
 * vulnerability, dutch for unease — and the genre's habits. `frames` is honoured exactly.
 */
import type { ShotAngle, ShotSize, Composition } from '../camera/index.js';
import type { ShotMove } from '../scene/shot.js';
import type { BaseParams, Beat, Entity, Genre, SceneDescription } from './description.js';
import { GENRE_PROFILES, MOOD_WORDS } from './lexicon/index.js';

export interface PlannedShot {
  id: string;
  size: ShotSize;
  angle: ShotAngle;
  composition: Composition;
  /** Entity ids; for OTS the one we look at first, then whose shoulder. */
  subjects: string[];
  beat?: number;
  description: string;
  durationS: number;
  /** Shot/reverse pairs share a conversation id, so structuring can keep them on one side of the line. */
  conversation?: [string, string];
  /** A lens the text wrote ("on a 24 mm"). */
  focalLengthMm?: number;
  move?: ShotMove;
  /** Whose eyes the camera is at (a POV shot). */
  pov?: string;
  /** The subject's hands or feet, not the face ("close-up of her hands"). */
  part?: 'hands' | 'feet';
  /** The text wrote this shot's direction: trimming keeps it. */
  written?: true;
}

export const DEFAULT_FRAMES = 6;
export const MAX_FRAMES = 20;

const TIGHTER: ShotSize[] = ['WS', 'FS', 'MS', 'MCU', 'CU'];

function angleFor(moods: string[], genre: Genre | undefined, override: ShotAngle | undefined): ShotAngle {
  if (override) return override;
  const profile = genre ? GENRE_PROFILES.find((g) => g.genre === genre) : undefined;
  for (const m of moods) {
    const word = MOOD_WORDS.find((w) => w.mood === m);
    if (!word?.angle) continue;
    // The genre's own habit for that kind of beat, when it has one.
    const kind = word.angle === 'low' ? 'power' : word.angle === 'high' ? 'vulnerable' : word.angle === 'dutch' ? 'unease' : undefined;
    return (kind && profile?.angles[kind]) ?? word.angle;
  }
  return 'eye';
}

const people = (ids: string[], byId: Map<string, Entity>) => ids.filter((id) => byId.get(id)?.kind === 'person');

/** What every step of the breakdown reads. */
interface BreakdownContext {
  desc: SceneDescription;
  byId: Map<string, Entity>;
  override: ShotAngle | undefined;
  composition: Composition;
  /** The first pair of people facing each other: the conversation to cover. */
  pair: [string, string] | undefined;
  everyone: string[];
  things: string[];
}

export function breakdown(desc: SceneDescription, opts: { frames?: number; params?: BaseParams } = {}): PlannedShot[] {
  const byId = new Map(desc.entities.map((e) => [e.id, e]));
  const frames = Math.min(MAX_FRAMES, Math.max(1, opts.frames ?? defaultFrames(desc)));
  const facingPairs = desc.relations.filter((r) => r.relation === 'facing' && r.object && r.object !== r.subject && byId.get(r.subject)?.kind === 'person' && byId.get(r.object)?.kind === 'person');
  const ctx: BreakdownContext = {
    desc,
    byId,
    override: opts.params?.camera_angle,
    composition: opts.params?.composition ?? 'auto',
    pair: facingPairs[0] ? [facingPairs[0].subject, facingPairs[0].object!] : undefined,
    everyone: desc.entities.filter((e) => e.kind === 'person').map((e) => e.id),
    things: desc.entities.filter((e) => e.kind !== 'person' && !e.fallback).map((e) => e.id),
  };
  // 1. Establish the geography — unless the text's first beat writes its own opening shot.
  const shots: Omit<PlannedShot, 'id'>[] = desc.beats[0]?.direction ? [] : [establishing(ctx)];
  // 2. Coverage, beat by beat, from wide to close. 3. Fit it to the frames: trim evenly, or add close-ups and inserts.
  const coverage = coverageOf(ctx);
  const room = frames - shots.length;
  if (coverage.length > room) shots.push(...trimmed(coverage, room));
  else shots.push(...coverage, ...extraShots(ctx, frames - shots.length - coverage.length, new Set(coverage.flatMap((s) => s.subjects))));
  return distinct(shots.slice(0, frames)).map((s, i) => ({ ...s, id: `shot-${String(i + 1).padStart(2, '0')}` }));
}

/** Sizes a repeated set-up may take instead, nearest first; then the angle changes. */
const ALTERNATIVES: ShotSize[] = ['MCU', 'MS', 'CU', 'MLS', 'FS', 'ECU', 'WS'];
const ANGLES: ShotAngle[] = ['eye', 'high', 'low'];

/**
 * No two shots of one board the same set-up (size, angle, subjects, move): a repeat the text did not write takes
 * the nearest size not yet used for its subjects, else another angle. Shots the text wrote stay as written.
 */
function distinct(shots: Omit<PlannedShot, 'id'>[]): Omit<PlannedShot, 'id'>[] {
  const key = (s: Omit<PlannedShot, 'id'>) => `${s.size}|${s.angle}|${s.subjects.join(',')}|${s.move ?? ''}|${s.pov ?? ''}|${s.part ?? ''}`;
  const seen = new Set<string>();
  return shots.map((s) => {
    if (s.written || !seen.has(key(s))) {
      seen.add(key(s));
      return s;
    }
    const sizes = s.subjects.length ? ALTERNATIVES.filter((z) => z !== s.size) : (['WS', 'EWS', 'FS'] as ShotSize[]);
    const options = [...sizes.map((size) => ({ ...s, size })), ...ANGLES.flatMap((angle) => [s.size, ...sizes].map((size) => ({ ...s, size, angle })))];
    const shot = options.find((o) => !seen.has(key(o))) ?? s;
    seen.add(key(shot));
    return shot;
  });
}

/**
 * Frames when the caller gives none: a shot list (most beats carry a written shot) gets one frame per beat, as
 * written; prose gets an establishing shot, coverage of its beats and a close or two.
 */
function defaultFrames(desc: SceneDescription): number {
  if (desc.shotCount) return desc.shotCount;
  const written = desc.beats.filter((b) => b.direction).length;
  if (written >= 2 && written * 2 >= desc.beats.length) return desc.beats.length;
  return Math.min(DEFAULT_FRAMES, Math.max(3, desc.beats.length + 2));
}

function establishing({ desc, override }: BreakdownContext): Omit<PlannedShot, 'id'> {
  return {
    size: desc.setting.interior ? 'WS' : 'EWS',
    angle: override && override !== 'dutch' ? override : desc.setting.interior ? 'eye' : 'high',
    composition: 'centered',
    subjects: [],
    description: desc.title ?? desc.beats[0]?.text ?? 'Establishing shot',
    durationS: 4,
  };
}

function coverageOf(ctx: BreakdownContext): Omit<PlannedShot, 'id'>[] {
  const { desc, byId, override, composition, pair, everyone, things } = ctx;
  const beats: Beat[] = desc.beats.length ? desc.beats : [{ text: desc.title ?? '', subjects: [...everyone, ...things].slice(0, 2), mood: desc.mood }];
  let conversationDone = false;
  const coverage: Omit<PlannedShot, 'id'>[] = [];
  beats.forEach((beat, b) => {
    const subjects = beat.subjects.filter((s) => byId.has(s));
    // The beat's own mood picks its angle; the scene's overall mood only when the text has no beats.
    const angle = angleFor(desc.beats.length ? beat.mood : desc.mood, desc.genre, override);
    const who = people(subjects, byId);
    if (beat.direction) {
      const written = writtenShot(beat, b, subjects, angle, composition, byId, pair, everyone);
      if (written) coverage.push(written);
      return;
    }
    const talking = pair && (who.includes(pair[0]) || who.includes(pair[1]) || (!who.length && b > 0));
    if (talking && !conversationDone) {
      coverage.push(...conversation(pair, angle, composition, b, beat.text));
      conversationDone = true;
      return;
    }
    const focus = who[0] ?? subjects[0] ?? everyone[b % Math.max(1, everyone.length)] ?? things[b % Math.max(1, things.length)];
    if (!focus) return;
    const isPerson = byId.get(focus)?.kind === 'person';
    // Later beats sit closer: the sequence tightens as it goes.
    const size: ShotSize = isPerson ? TIGHTER[Math.min(TIGHTER.length - 1, 2 + Math.floor(b / 2))]! : b === 0 ? 'MS' : 'INSERT';
    coverage.push({ size, angle, composition, subjects: [focus], beat: b, description: beat.text, durationS: 3 });
  });
  return coverage;
}

/** A two-shot, then shot/reverse over the shoulders. */
function conversation(pair: [string, string], angle: ShotAngle, composition: Composition, beat: number, text: string): Omit<PlannedShot, 'id'>[] {
  const ots = angle === 'dutch' ? 'eye' : angle;
  return [
    { size: 'TWO', angle, composition: 'centered', subjects: [...pair], beat, description: text, durationS: 4 },
    { size: 'OTS', angle: ots, composition, subjects: [pair[0], pair[1]], beat, description: text, durationS: 3, conversation: pair },
    { size: 'OTS', angle: ots, composition, subjects: [pair[1], pair[0]], beat, description: text, durationS: 3, conversation: pair },
  ];
}

/**
 * Coverage cut down to `room` shots from the middle of the sequence (openings and endings stay); a shot/reverse
 * pair goes together or not at all, the two-shot before it first, and written shots last.
 */
function trimmed(coverage: Omit<PlannedShot, 'id'>[], room: number): Omit<PlannedShot, 'id'>[] {
  const kept = [...coverage];
  while (kept.length > room) {
    const droppable = kept.map((s, k) => (s.conversation || s.size === 'TWO' || s.written ? -1 : k)).filter((k) => k >= 0);
    const two = kept.findIndex((s) => s.size === 'TWO' && !s.written);
    const talk = kept.findIndex((s) => s.conversation && !s.written);
    if (droppable.length) kept.splice(droppable[Math.floor(droppable.length / 2)]!, 1);
    else if (two >= 0) kept.splice(two, 1);
    else if (talk >= 0) kept.splice(talk, 2);
    // Only written shots left: the frames count still holds, the last ones go.
    else break;
  }
  return kept.slice(0, room);
}

/**
 * `count` more shots when the coverage is short of the frames: close-ups, inserts of things no shot has covered
 * yet (a second frame of a window on a wall is the same picture), then repeats at other sizes.
 */
function extraShots({ desc, byId, override, composition, everyone, things }: BreakdownContext, count: number, covered: Set<string>): Omit<PlannedShot, 'id'>[] {
  const extras: Omit<PlannedShot, 'id'>[] = [];
  for (const p of everyone) extras.push({ size: 'CU', angle: angleFor(desc.mood, desc.genre, override), composition, subjects: [p], description: `Close on ${byId.get(p)!.name}`, durationS: 2 });
  for (const t of things) if (!covered.has(t)) extras.push({ size: 'INSERT', angle: override ?? 'high', composition: 'centered', subjects: [t], description: `Insert: ${byId.get(t)!.name}`, durationS: 2 });
  for (const p of everyone) extras.push({ size: 'MCU', angle: override ?? 'eye', composition, subjects: [p], description: `${byId.get(p)!.name}`, durationS: 3 });
  if (!extras.length) extras.push({ size: 'WS', angle: override ?? 'low', composition: 'thirds-left', subjects: [], description: 'The set from another angle', durationS: 3 });
  const out: Omit<PlannedShot, 'id'>[] = [];
  for (let k = 0; k < count; k++) {
    const e = extras[k % extras.length]!;
    // Repeats of the same set-up change size, so no two frames are identical.
    const round = Math.floor(k / extras.length);
    const size = round ? (['MS', 'FS', 'WS', 'ECU'] as ShotSize[])[round % 4]! : e.size;
    out.push({ ...e, size: e.subjects.length || size === 'WS' ? size : 'WS', angle: round % 2 ? 'high' : e.angle });
  }
  return out;
}

/**
 * The shot a beat's written direction asks for: its size, angle, lens and move win; what it leaves out comes
 * from the breakdown's usual choice (a medium shot of the beat's first person or thing, the mood's angle).
 */
function writtenShot(beat: Beat, b: number, subjects: string[], moodAngle: ShotAngle, composition: Composition, byId: Map<string, Entity>, pair: [string, string] | undefined, everyone: string[]): Omit<PlannedShot, 'id'> | undefined {
  const d = beat.direction!;
  const named = d.subjects.filter((s) => byId.has(s));
  const pov = d.pov && byId.has(d.pov) ? d.pov : undefined;
  const wide = d.size === 'WS' || d.size === 'EWS';
  let subj = named.length ? named : wide ? [] : subjects.filter((s) => s !== pov).slice(0, 1);
  const size: ShotSize = d.size ?? (pov ? 'MS' : subj[0] && byId.get(subj[0])?.kind !== 'person' ? 'MS' : TIGHTER[Math.min(TIGHTER.length - 1, 2 + Math.floor(b / 2))]!);
  if (size === 'TWO' || size === 'OTS') {
    // Two people: the named ones first, then the conversation's, then the cast's.
    const cast = [...new Set([...people(subj, byId), ...people(subjects, byId), ...(pair ?? []), ...everyone])];
    subj = size === 'OTS' && named.length >= 2 ? named.slice(0, 2) : cast.slice(0, 2);
  }
  if (!subj.length && !wide && !pov) subj = everyone.slice(0, 1);
  return {
    size,
    // An insert looks down on the thing, as the breakdown's own inserts do, unless the text gives the angle.
    angle: d.angle ?? (size === 'INSERT' && moodAngle === 'eye' ? 'high' : moodAngle),
    composition: size === 'TWO' || wide ? 'centered' : composition,
    subjects: subj,
    beat: b,
    description: beat.text,
    durationS: 3,
    written: true,
    ...(d.focalLengthMm ? { focalLengthMm: d.focalLengthMm } : {}),
    ...(d.move ? { move: d.move } : {}),
    ...(pov ? { pov } : {}),
    ...(d.part && subj[0] && byId.get(subj[0])?.kind === 'person' ? { part: d.part } : {}),
  };
}
