/**
 * The note grammar: each rule pairs the phrases a director uses ("punch up the contrast", "lower the camera",
 * "make it night") with the edit they ask for. Rules run in table order, and every matching rule applies, so
 * "more dramatic and warmer" makes both changes.
 */
import { Vector3 } from 'three';
import type { SceneSpecInput } from '../scene/schema.js';
import type { ShotSize, ShotAngle } from '../camera/index.js';
import { GRADE_PRESETS } from '../grading/index.js';
import { lookupProp, singular, TIME_WORDS } from './lexicon/index.js';
import { editScene, SCENE_VERBS } from './refine-scene.js';
import { boxesOf, cameraOf, clamp, nudgeLook, personFor, reframe, relight, roomBox, round, setCamera, setLook, type Ctx, type Look, type LookKey, type Shot } from './refine-edits.js';

export interface NoteRule {
  /** What in the note asks for the edit. */
  when: RegExp | ((text: string) => boolean);
  /** A phrase that cancels it: "no bloom" mentions bloom but does not ask for it. */
  unless?: RegExp;
  /** Returns false when, on a closer reading, the note did not ask for it after all. */
  apply: (ctx: Ctx) => void | boolean;
}

export function ruleMatches(rule: NoteRule, text: string): boolean {
  const asked = typeof rule.when === 'function' ? rule.when(text) : rule.when.test(text);
  return asked && !rule.unless?.test(text);
}

const SIZES: ShotSize[] = ['EWS', 'WS', 'FS', 'MLS', 'MS', 'MCU', 'CU', 'ECU'];

/** Moves a look setting by a step on every shot the note concerns. */
const nudge = (key: LookKey, delta: number, why: string) => (ctx: Ctx) => nudgeLook(ctx, key, delta, why);
/** Sets (or, with undefined, removes) a look setting on every shot the note concerns. */
const look = (key: string, to: unknown, why: string) => (ctx: Ctx) => {
  for (const s of ctx.target) setLook(ctx, s, key, to, why);
};

const DRAMATIC = /\b(more dramatic|dramatic lighting|moodier|more moody|harsher|more contrast in the light|darker shadows|deeper shadows)\b/;
const SOFTER = /\b(less dramatic|softer light|softer lighting|gentler|more even|flatter light)\b/;

/**
 * Lighting mood. The rig is shared by every shot, so only a scene-wide note re-lights it (the fill and ambient
 * carry the shadow side); every note also shapes the target shots' contrast and vignette.
 */
function shapeLightingMood(ctx: Ctx): void {
  const dramatic = DRAMATIC.test(ctx.text);
  const sign = dramatic ? 1 : -1;
  const why = dramatic ? 'asked for more dramatic lighting' : 'asked for softer lighting';
  if (ctx.wide) {
    for (const [i, l] of (ctx.spec.lights ?? []).entries()) {
      if (!(l.tags ?? []).includes('fill')) continue;
      const from = l.intensity.value;
      l.intensity = { ...l.intensity, value: round(from * (dramatic ? 0.4 : 2)) };
      ctx.changes.push({ path: `lights[${i}].intensity.value`, from, to: l.intensity.value, why: `${why}: fill ${dramatic ? 'down' : 'up'}, so the key-to-fill ratio ${dramatic ? 'rises' : 'falls'}` });
    }
    const amb = ctx.spec.environment?.ambient;
    if (amb && typeof amb.intensity === 'number') {
      const from = amb.intensity;
      amb.intensity = round(from * (dramatic ? 0.5 : 1.5));
      ctx.changes.push({ path: 'environment.ambient.intensity', from, to: amb.intensity, why });
    }
    for (const s of ctx.shots) ctx.rerender.add(s.id);
  }
  nudgeLook(ctx, 'contrast', 0.15 * sign, why);
  for (const s of ctx.target) {
    const v = ((s as { look?: Look }).look?.vignette as { intensity: number } | undefined)?.intensity ?? 0;
    setLook(ctx, s, 'vignette', dramatic ? { intensity: round(clamp(v + 0.25, 0, 1)), feather: 0.5 } : v > 0.15 ? { intensity: round(v - 0.15), feather: 0.5 } : undefined, why);
  }
  if (!ctx.wide) ctx.notes.push('the lights are shared by every shot, so this shot\'s look carries the change; say "for the whole scene" to re-light the set');
}

/** Camera height: the first matching move wins; the step scales with the subject's height. */
const HEIGHT_MOVES: { when: RegExp; sign: -1 | 1; why: string }[] = [
  { when: /\b(lower the camera|camera lower|move the camera down|lower camera|drop the camera)\b/, sign: -1, why: 'asked for a lower camera' },
  { when: /\b(raise the camera|camera higher|higher camera|move the camera up|lift the camera)\b/, sign: 1, why: 'asked for a higher camera' },
];

/** Shot size one step along the scale; shots off the scale (insert, OTS, two-shot) step from a neighbour. */
const SIZE_STEPS: { when: RegExp; step: -1 | 1; offScale: ShotSize; why: string }[] = [
  { when: /\b(closer|tighter|push in|move in|zoom in)\b/, step: 1, offScale: 'MCU', why: 'asked to be closer' },
  { when: /\b(wider|pull back|further back|further away|zoom out|more room)\b/, step: -1, offScale: 'MS', why: 'asked for a wider shot' },
];

/** Camera angle: the first matching phrase wins. */
const ANGLES: [RegExp, ShotAngle][] = [
  [/\b(low angle|from below|looking up at)\b/, 'low'],
  [/\b(high angle|from above|looking down on)\b/, 'high'],
  [/\b(dutch|tilted|tilt the camera|canted)\b/, 'dutch'],
  [/\b(bird'?s[- ]eye|top[- ]down|overhead shot)\b/, 'birds-eye'],
  [/\b(worm'?s[- ]eye)\b/, 'worms-eye'],
  [/\b(eye level|straight on|no tilt)\b/, 'eye'],
];

const FACE = /\b(closer on|close on|tighter on|push in on|move in on) (her|his|their|the) face\b/;
const ON_FACE = /\b(on|at) (her|his) face\b/;

function moveCameraHeight(ctx: Ctx, shot: Shot): void {
  const cam = cameraOf(ctx, shot)!;
  const move = HEIGHT_MOVES.find((m) => m.when.test(ctx.text));
  if (!move) return;
  const box = boxesOf(ctx.spec, shot.subjects ?? [])[0]?.box;
  const h = box ? box.max[1] - box.min[1] : 1.5;
  const step = Math.max(0.3, 0.25 * h) * move.sign;
  const pos = [...cam.position] as [number, number, number];
  const ceiling = roomBox(ctx.spec)?.max[1];
  pos[1] = round(clamp(pos[1] + step, 0.2, ceiling !== undefined ? ceiling - 0.15 : 1e4));
  (ctx.heightShift ??= new Map()).set(shot.id, (ctx.heightShift.get(shot.id) ?? 0) + pos[1] - cam.position[1]!);
  setCamera(ctx, shot, cam, 'position', pos, move.why);
}

interface Framing {
  size: ShotSize;
  angle: ShotAngle;
  subjects: string[];
  why?: string;
}

/** A close-up on a face, or a step closer or wider: the first that the note asks for. */
function resize(ctx: Ctx, f: Framing): Framing {
  const face = FACE.exec(ctx.text) ?? ON_FACE.exec(ctx.text);
  if (face) {
    const who = face[2] === 'her' ? personFor(ctx, 'she') : face[2] === 'his' ? personFor(ctx, 'he') : f.subjects[0];
    return { ...f, subjects: who ? [who] : f.subjects, size: 'CU', why: `asked for a close-up on ${face[2] === 'her' || face[2] === 'his' ? `${face[2]} face` : 'the face'}` };
  }
  const step = SIZE_STEPS.find((s) => s.when.test(ctx.text));
  if (!step) return f;
  const i = SIZES.indexOf(f.size === 'INSERT' || f.size === 'OTS' || f.size === 'TWO' ? step.offScale : f.size);
  return { ...f, size: SIZES[clamp(i + step.step, 0, SIZES.length - 1)]!, why: step.why };
}

function reangle(ctx: Ctx, f: Framing): Framing {
  const hit = ANGLES.find(([re]) => re.test(ctx.text));
  if (!hit) return f;
  const angle = hit[1];
  return { ...f, angle, why: f.why ? `${f.why}, from a ${angle} angle` : `asked for a ${angle} angle` };
}

const MOVES_A_THING = /^\s*(move|shift|slide|push|pull|drag|put|place|bring) (?!(the )?camera\b|(in|closer|back|out|away|up|down)\b)/;

/** Whether the note asks anything of the camera: a height, a size, an angle or a face. */
function framingAsked(text: string): boolean {
  // "move the table closer to the window" moves the table, not the camera.
  if (MOVES_A_THING.test(text)) return false;
  return HEIGHT_MOVES.some((m) => m.when.test(text)) || SIZE_STEPS.some((m) => m.when.test(text)) || ANGLES.some(([re]) => re.test(text)) || FACE.test(text) || ON_FACE.test(text);
}

/** Camera notes, read shot by shot: height, then size and angle, re-framed with the shot grammar. */
function refineFraming(ctx: Ctx): void {
  for (const shot of ctx.target) {
    if (!cameraOf(ctx, shot)) continue;
    moveCameraHeight(ctx, shot);
    const current: Framing = { size: (shot.shotSize as ShotSize | undefined) ?? 'MS', angle: (shot.angle as ShotAngle | undefined) ?? 'eye', subjects: [...(shot.subjects ?? [])] };
    const f = reangle(ctx, resize(ctx, current));
    if (!f.why) continue;
    if (!f.subjects.length && f.size !== 'EWS' && f.size !== 'WS') ctx.notes.push(`${shot.id} has no subject to move closer to; framed the set instead`);
    reframe(ctx, shot, f.size, f.angle, f.subjects, f.why);
  }
}

/** "remove the chair", "get rid of all the candles": the verb, the quantifier and the noun phrase. */
function removal(text: string): RegExpExecArray | null {
  return (
    /\b(remove|delete|get rid of|take out|lose|drop) (the |all the |all |every |that |those |these )?([a-z][a-z ]*?)( from [a-z ]+)?\s*$/.exec(text.replace(/\b(please|too|as well|also)\b/g, '').trim() + ' ') ??
    /\b(remove|delete|get rid of|take out|lose) (the |all the |all |every )?([a-z]+)\b/.exec(text)
  );
}

/** Removes what the note names: "the chair" is the one the shot looks at most directly; "the chairs" every one. */
function removeProps(ctx: Ctx): void {
  const { spec, shots } = ctx;
  const remove = removal(ctx.text)!;
  const noun = remove[3]!.trim().split(' ').slice(-2).join(' ');
  const plural = /^(all|every|those|these)/.test(remove[2] ?? '') || singular(noun.split(' ').pop()!) !== noun.split(' ').pop();
  const kind = lookupProp(singular(noun))?.kind ?? lookupProp(singular(noun.split(' ').pop()!))?.kind ?? (['person', 'people', 'man', 'woman', 'figure'].includes(noun) ? 'person' : undefined);
  const objects = (spec.objects ?? []) as { id?: string; geometry?: { type?: string }; position?: [number, number, number] }[];
  const candidates = kind ? objects.filter((o) => o.geometry?.type === kind) : [];
  if (!candidates.length) {
    ctx.notes.push(`there is no ${noun} in the scene to remove`);
    return;
  }
  let gone = candidates;
  if (!plural && candidates.length > 1) {
    const shot = ctx.target[0] ?? shots[0];
    const cam = shot ? cameraOf(ctx, shot) : undefined;
    const t = cam?.target ? new Vector3(...cam.target) : new Vector3();
    gone = [[...candidates].sort((a, b) => new Vector3(...(a.position ?? [0, 0, 0])).distanceTo(t) - new Vector3(...(b.position ?? [0, 0, 0])).distanceTo(t))[0]!];
  }
  const ids = new Set(gone.map((o) => o.id!));
  spec.objects = objects.filter((o) => !ids.has(o.id!)) as SceneSpecInput['objects'];
  spec.lights = (spec.lights ?? []).filter((l) => !ids.has((l.id ?? '').replace(/^light-/, '')));
  for (const s of shots) if (s.subjects?.some((id) => ids.has(id))) s.subjects = s.subjects.filter((id) => !ids.has(id));
  ctx.changes.push({ path: 'objects', from: [...ids], to: null, why: `asked to remove ${plural ? 'every' : 'the'} ${noun}` });
  for (const s of shots) ctx.rerender.add(s.id);
}

/** The time of day a note asks for ("make it night", "change it to dawn"). */
function timeAsked(text: string): (typeof TIME_WORDS)[number] | undefined {
  return TIME_WORDS.find((t) => new RegExp(`\\b(make it|change (it )?to|set (it )?(at|to)|turn it into|at) (${t.words.map((w) => w.replace(/[^a-z ]/g, '')).join('|')})\\b`).test(text));
}

/** Fog is the scene's: a fog note changes the environment every shot shares. */
const fog = (fogAsked: NonNullable<SceneSpecInput['environment']>['fog'], why: string) => (ctx: Ctx) => {
  const from = ctx.spec.environment?.fog ?? null;
  const to = structuredClone(fogAsked);
  ctx.spec.environment = { ...(ctx.spec.environment ?? {}), fog: to };
  ctx.changes.push({ path: 'environment.fog', from, to, why });
  for (const s of ctx.shots) ctx.rerender.add(s.id);
};

const gradeNamed = (g: (typeof GRADE_PRESETS)[number]) => (text: string) =>
  [g.id.replace(/_/g, ' '), g.label.toLowerCase()].some((w) => text.includes(` ${w} grade `) || text.includes(` ${w} look `));

/** Every rule, in the order its changes are listed: the look, the lighting mood, effects, camera, then the scene. */
export const NOTE_RULES: NoteRule[] = [
  // Contrast, exposure, colour.
  { when: /\b(more|increase|increased|higher|boost|punch(ier)? up|add) (the )?contrast\b|\bcontrastier\b|\bmore contrasty\b/, apply: nudge('contrast', 0.2, 'asked for more contrast') },
  { when: /\b(less|reduce|lower|decrease|softer) (the )?contrast\b|\bflatter\b/, apply: nudge('contrast', -0.2, 'asked for less contrast') },
  { when: /\b(brighter|lighter|more light|brighten|lift the exposure|overexpose)\b/, apply: nudge('exposureEv', 0.5, 'asked for a brighter frame') },
  { when: /\b(darker|dimmer|less light|darken|underexpose)\b/, apply: nudge('exposureEv', -0.5, 'asked for a darker frame') },
  { when: /\b(warmer|warm it up|more warm|golden tone)\b/, apply: nudge('temperature', 0.25, 'asked for warmer colour') },
  { when: /\b(cooler|colder|cool it down|bluer|more blue)\b/, apply: nudge('temperature', -0.25, 'asked for cooler colour') },
  { when: /\b(more saturated|more colou?rful|more vivid|punchier colou?rs?|saturate)\b/, apply: nudge('saturation', 0.2, 'asked for more saturation') },
  { when: /\b(less saturated|desaturated?|muted|washed out|less colou?r)\b/, apply: nudge('saturation', -0.25, 'asked for less saturation') },
  { when: /\b(black and white|black-and-white|monochrome|b ?& ?w|greyscale|grayscale)\b/, apply: look('grade', 'noir_bw', 'asked for black and white') },
  ...GRADE_PRESETS.map((g): NoteRule => ({ when: gradeNamed(g), apply: look('grade', g.id, `asked for the ${g.label} grade`) })),
  // Lighting mood.
  { when: (text) => DRAMATIC.test(text) || SOFTER.test(text), apply: shapeLightingMood },
  // Effects.
  { when: /\b(bloom|glow|dreamy glow|halation)\b/, unless: /\b(no|less|remove|without) (the )?(bloom|glow)\b/, apply: look('bloom', { intensity: 1, threshold: 1, radius: 0.6 }, 'asked for bloom') },
  { when: /\b(no|remove|without|less) (the )?(bloom|glow)\b/, apply: look('bloom', undefined, 'asked for no bloom') },
  { when: /\b(shallow(er)? (depth of field|focus|dof)|blur (the )?background|bokeh|background out of focus)\b/, apply: look('depthOfField', { fStop: 1.8 }, 'asked for shallow depth of field') },
  { when: /\b(deep focus|everything in focus|sharp background|no blur)\b/, apply: look('depthOfField', undefined, 'asked for deep focus') },
  { when: /\b(more )?(film )?grain\b/, unless: /\b(no|less|remove) grain\b/, apply: look('grain', { intensity: 0.25 }, 'asked for film grain') },
  { when: /\b(no|less|remove) grain\b/, apply: look('grain', undefined, 'asked for no grain') },
  // Camera: height, distance, angle, subject — read shot by shot, by the framing tables above.
  { when: framingAsked, apply: refineFraming },
  // Whole-scene edits: removing things, adding, moving, re-surfacing and replacing them, time of day, weather.
  { when: (text) => removal(text) !== null, apply: removeProps },
  { when: (text) => (removal(text) === null && SCENE_VERBS.test(text)) || /^\s*(a|an|one|two|three|four|five|six|some|several|another)\b/.test(text), apply: editScene },
  { when: (text) => timeAsked(text) !== undefined, apply: (ctx) => relight(ctx, timeAsked(ctx.text)!.time) },
  { when: /\b(add|more|thicker|heavier) fog\b|\bmake it foggy\b|\bfoggier\b/, apply: fog({ type: 'exponential', color: '#9aa3ad', density: 0.06 }, 'asked for fog') },
  { when: /\b(no|remove the|remove|clear the|without) fog\b/, apply: fog({ type: 'none' }, 'asked for no fog') },
];
