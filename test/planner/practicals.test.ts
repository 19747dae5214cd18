/**
 * Practicals the text names (issue 12, item 4): each is drawn as a visible emitter (its glowing part in an emissive
 * preset) and lights its surroundings (a light at the emitter, in the real thing's colour temperature).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan, type Plan } from '../../src/planner/plan.js';
import { getProp } from '../../src/geometry/props/index.js';
import { neonSlot } from '../../src/geometry/props/practicals.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';

type Vec3 = [number, number, number];
type SpecLight = { id: string; position?: Vec3; color?: { kelvin?: number }; intensity?: { value: number }; tags?: string[] };
type SpecObject = { id: string; geometry?: Record<string, unknown>; material?: string; materials?: Record<string, string> };

/** Each sentence, the practical it names, and the slot its glow is drawn in. */
const NAMED: { text: string; kind: string; glow: (params: Record<string, unknown>) => string }[] = [
  { text: 'A single bare bulb hangs over the interrogation table.', kind: 'bare_bulb', glow: () => 'bulb' },
  { text: "A child's bedroom at night, lit only by a nightlight.", kind: 'nightlight', glow: () => 'glow' },
  { text: 'A pink neon sign flickers over the bar.', kind: 'neon_sign', glow: (p) => neonSlot(p.colour as 'pink') },
  { text: 'A blue neon sign hums in the empty diner.', kind: 'neon_sign', glow: (p) => neonSlot(p.colour as 'blue') },
  { text: 'A fluorescent strip light buzzes over the office.', kind: 'fluorescent_tube', glow: () => 'tube' },
  { text: 'Fairy lights hang in the bedroom.', kind: 'fairy_lights', glow: () => 'bulb' },
  { text: 'An oil lamp burns on the table of the cabin.', kind: 'oil_lamp', glow: () => 'flame' },
  { text: 'A spotlight stands on the empty stage.', kind: 'spotlight', glow: () => 'lens' },
  { text: 'A flashlight lies on the desk.', kind: 'flashlight', glow: () => 'lens' },
];

/** Distance from a point to a box (0 inside it). */
function distanceToBox(p: Vec3, box: { min: number[]; max: number[] }): number {
  const d = [0, 1, 2].map((k) => Math.max(box.min[k]! - p[k]!, 0, p[k]! - box.max[k]!));
  return Math.hypot(...d);
}

/** The preset a spec object's slot is drawn in: its own material for the slot, else its kind's default. */
function slotPreset(p: Plan, o: SpecObject, kind: string, slot: string): string | undefined {
  const ref = o.materials?.[slot] ?? o.material;
  if (ref) return (p.spec.materials as Record<string, { preset?: string }>)[ref]?.preset;
  return getProp(kind)?.defaultMaterials[slot];
}

for (const { text, kind, glow } of NAMED) {
  test(`${kind}: "${text}" puts a visible emitter in the scene that lights its surroundings`, async () => {
    const p = await plan({ text });
    const inst = p.layout.instances.find((i) => i.kind === kind);
    assert.ok(inst, `the plan has a ${kind} (kinds: ${[...new Set(p.layout.instances.map((i) => i.kind))].join(', ')})`);
    const params = inst.placed.params as Record<string, unknown>;
    const declared = getProp(kind)!.prop.light!(params as never);
    const lights = (p.spec.lights ?? []) as unknown as SpecLight[];
    const near = lights.filter((l) => l.position && distanceToBox(l.position, inst.placed.bounds) <= 1);
    assert.ok(near.some((l) => l.color?.kelvin === declared.kelvin && (l.intensity?.value ?? 0) > 0), `a ${declared.kelvin} K light within 1 m of the ${kind}`);

    const slot = glow(params);
    const parts = getProp(kind)!.generate(params as never, { seed: 1 });
    assert.ok(parts.some((part) => part.slot === slot), `the ${kind} draws its glow in '${slot}'`);
    const o = (p.spec.objects as unknown as SpecObject[]).find((x) => x.id === inst.id)!;
    const preset = slotPreset(p, o, kind, slot);
    assert.equal(getMaterialPreset(preset ?? '')?.family, 'emissive', `'${slot}' is drawn in an emissive preset (${preset})`);
  });
}

test('the neon colour picks the tube preset and the light follows it', () => {
  const sign = getProp('neon_sign')!;
  const warm = sign.prop.light!(sign.schema.parse({ type: 'neon_sign', colour: 'red' }) as never);
  const cool = sign.prop.light!(sign.schema.parse({ type: 'neon_sign', colour: 'blue' }) as never);
  assert.ok(warm.kelvin < cool.kelvin, 'red neon is warmer than blue');
  assert.equal(sign.defaultMaterials[neonSlot('blue')], 'neon_blue');
});

test('a night scene lit only by a practical keeps the practical light', async () => {
  const p = await plan({ text: "A child's bedroom at night, lit only by a nightlight." });
  assert.equal(p.description.setting.timeOfDay, 'night');
  const lights = (p.spec.lights ?? []) as unknown as SpecLight[];
  const practical = lights.find((l) => l.tags?.includes('nightlight'));
  assert.ok(practical, `the nightlight's light is in the spec (lights: ${lights.map((l) => l.id).join(', ')})`);
  assert.equal(practical.intensity?.value, 10, 'a nightlight gives about 10 lm');
});

test('a practical the text calls the only light brings no other lamps with the set', async () => {
  const lamps = (text: string) => plan({ text }).then((p) => p.spec.lights?.filter((l) => l.id?.startsWith('light-')).map((l) => l.id) ?? []);
  assert.deepEqual(await lamps('An interrogation room with a single bare bulb over a metal table.'), ['light-bare-bulb-1']);
  assert.deepEqual(await lamps('An attic lit only by a candle.'), ['light-candle-1']);
  // Without the cue the set keeps its own fixtures alongside the text's practical.
  assert.ok((await lamps('An interrogation room with a bare bulb over a metal table.')).length >= 2, 'the room keeps its ceiling lamp');
});
