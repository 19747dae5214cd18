import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDungeon, DungeonParams } from '../../src/worlds/dungeon.js';
import { footprint, placeBox, overlaps, propParams, type Box3 } from '../../src/geometry/layout/footprint.js';
import { getProp } from '../../src/geometry/props/index.js';
import { buildGlb, khronosValidate, readGlb, mustValidate } from '../helpers.js';

interface Obj {
  id: string;
  geometry: { type: string };
  position: [number, number, number];
  rotation: [number, number, number];
  tags: string[];
}

function placedBoxes(spec: ReturnType<typeof generateDungeon>['spec']): { id: string; type: string; box: Box3; on: string | null; room: string }[] {
  return (spec.objects as Obj[])
    .filter((o) => o.geometry.type !== 'level')
    .map((o) => ({
      id: o.id,
      type: o.geometry.type,
      box: placeBox(footprint(propParams(o.geometry.type, o.geometry as never)), o.position, o.rotation[1]),
      on: o.tags.find((t) => t.startsWith('on:'))?.slice(3) ?? null,
      room: o.tags.find((t) => t.startsWith('room-'))!,
    }));
}

for (const theme of ['dungeon', 'house', 'cave', 'scifi'] as const) {
  test(`${theme}: every requested prop and light is placed; no two props interpenetrate; stacked props rest on their support`, () => {
    const { spec, report } = generateDungeon({ rooms: 10, props: 40, lights: 10, materials: 20, theme, seed: 5 });
    assert.equal(report.props, 40);
    assert.equal(report.lights, 10);
    const boxes = placedBoxes(spec);
    assert.equal(boxes.length, 40 + report.fixtures);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        assert.ok(!overlaps(a.box, b.box), `${a.id} and ${b.id} interpenetrate`);
      }
    }
    for (const b of boxes.filter((x) => x.on)) {
      const support = boxes.find((x) => x.id === b.on)!;
      assert.ok(getProp(support.type)!.prop.surfaceHeight, `${b.on} has a surface`);
      assert.ok(Math.abs(b.box.min[1] - support.box.max[1]) < 1e-3, `${b.id} rests on ${b.on}`);
      assert.ok(b.box.min[0] >= support.box.min[0] - 1e-3 && b.box.max[0] <= support.box.max[0] + 1e-3, `${b.id} is within ${b.on}'s top`);
    }
  });
}

test('K materials: the scene uses exactly the requested number of distinct materials', async () => {
  const { spec } = generateDungeon({ rooms: 6, props: 30, lights: 4, materials: 12, seed: 2, quality: 'ultra_lite' });
  const doc = await readGlb(await buildGlb(spec));
  const names = new Set(doc.getRoot().listMaterials().map((m) => m.getName()));
  assert.equal(Object.keys(spec.materials!).length, 12);
  for (const name of Object.keys(spec.materials!)) assert.ok(names.has(name), `material ${name} is used`);
});

test('a generated level passes the Khronos validator and carries lights with their fixtures', async () => {
  const { spec, report } = generateDungeon({ rooms: 8, props: 25, lights: 6, materials: 15, seed: 9, quality: 'ultra_lite' });
  const bytes = await buildGlb(spec);
  const r = await khronosValidate(bytes);
  assert.equal(r.issues.numErrors, 0, r.issues.messages.filter((m) => m.severity === 0).map((m) => m.code).join(','));
  assert.equal(r.issues.numWarnings, 0);
  const s = mustValidate(spec);
  assert.equal(s.lights.length, report.lights);
  for (const l of s.lights) assert.ok(l.tags.includes('fixture'));
});

test('bad parameters get clear, located errors', () => {
  const issues = (input: unknown) => {
    const r = DungeonParams.safeParse(input);
    assert.equal(r.success, false);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.match(issues({ rooms: 0 }).join('\n'), /rooms: .*>=1/);
  assert.match(issues({ rooms: 10, props: 1e9 }).join('\n'), /props/);
  assert.match(issues({ theme: 'space' }).join('\n'), /theme/);
  assert.throws(() => generateDungeon({ rooms: 1, props: 200, lights: 0 }), /rooms are full/);
});
