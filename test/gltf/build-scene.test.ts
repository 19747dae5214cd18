import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vector3, Quaternion } from 'three';
import type { Node } from '@gltf-transform/core';
import type { IOR, Light as PunctualLight } from '@gltf-transform/extensions';
import { buildGlb, readGlb, makeSpec, khronosValidate, EXAMPLES } from '../helpers.js';

const near = (a: number, b: number, tol = 1e-4) => assert.ok(Math.abs(a - b) <= tol, `${a} ≈ ${b}`);

function nodeById(doc: Awaited<ReturnType<typeof readGlb>>, id: string): Node {
  const n = doc.getRoot().listNodes().find((x) => (x.getExtras() as { id?: string }).id === id && (x.getExtras() as { kind?: string }).kind !== 'part');
  assert.ok(n, `node ${id}`);
  return n;
}

/** Direction the node's -Z axis points in world space (its parents carry no rotation in these tests). */
function forward(node: Node): Vector3 {
  const [x, y, z, w] = node.getRotation();
  return new Vector3(0, 0, -1).applyQuaternion(new Quaternion(x, y, z, w));
}

test('geometry lands in the GLB with bounds, normals, UVs and the node transform', async () => {
  const doc = await readGlb(await buildGlb(makeSpec({ objects: [{ id: 'cube', geometry: { type: 'box', size: [1, 2, 3] }, position: [1, 0.5, -2], rotation: [0, 90, 0], scale: 2, tags: ['hero'] }] })));
  const node = nodeById(doc, 'cube');
  assert.deepEqual(node.getTranslation(), [1, 0.5, -2]);
  assert.deepEqual(node.getScale(), [2, 2, 2]);
  near(node.getRotation()[1], Math.SQRT1_2);
  assert.deepEqual((node.getExtras() as { tags: string[] }).tags, ['hero']);
  const prim = node.getMesh()!.listPrimitives()[0]!;
  assert.deepEqual(prim.getAttribute('POSITION')!.getMin([]), [-0.5, -1, -1.5]);
  assert.deepEqual(prim.getAttribute('POSITION')!.getMax([]), [0.5, 1, 1.5]);
  assert.ok(prim.getAttribute('NORMAL'));
  assert.ok(prim.getAttribute('TEXCOORD_0'));
  assert.equal(prim.getAttribute('TANGENT'), null, 'no tangents without a normal map');
});

test('materials get exactly the KHR extensions their parameters need', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        quality: 'high',
        materials: {
          plain: { baseColor: '#ff0000', roughness: 0.3 },
          glass: { transmission: 1, ior: 1.33, thickness: 0.1, attenuationDistance: 2, attenuationColor: [0.5, 0.9, 1] },
          coat: { clearcoat: 1, clearcoatRoughness: 0.1, specular: 0.5, specularColor: '#ffffff' },
          cloth: { sheenColor: '#ff8080', sheenRoughness: 0.4 },
          glow: { emissive: '#ffaa00', emissiveStrength: 20 },
          brushed: { preset: 'aluminium', anisotropy: 0.7, anisotropyRotationDeg: 90 },
        },
        objects: ['plain', 'glass', 'coat', 'cloth', 'glow', 'brushed'].map((m) => ({ id: m, geometry: { type: 'sphere' as const }, material: m })),
      }),
    ),
  );
  const byName = new Map(doc.getRoot().listMaterials().map((m) => [m.getName(), m]));
  const exts = (n: string) => byName.get(n)!.listExtensions().map((e) => e.extensionName).sort();
  assert.deepEqual(exts('plain'), []);
  assert.deepEqual(exts('glass'), ['KHR_materials_ior', 'KHR_materials_transmission', 'KHR_materials_volume']);
  assert.deepEqual(exts('coat'), ['KHR_materials_clearcoat', 'KHR_materials_specular']);
  assert.deepEqual(exts('cloth'), ['KHR_materials_sheen']);
  assert.deepEqual(exts('glow'), ['KHR_materials_emissive_strength']);
  assert.deepEqual(exts('brushed'), ['KHR_materials_anisotropy']);
  const plain = byName.get('plain')!;
  assert.deepEqual(plain.getBaseColorFactor(), [1, 0, 0, 1]);
  near(plain.getRoughnessFactor(), 0.3);
  // Presets resolve with overrides on top: aluminium's measured F0 survives, roughness comes from the preset.
  const brushed = byName.get('brushed')!;
  near(brushed.getBaseColorFactor()[0], 0.913);
  assert.equal(brushed.getMetallicFactor(), 1);
  const ior = byName.get('glass')!.getExtension<IOR>('KHR_materials_ior')!;
  near(ior.getIOR(), 1.33);
});

test('normal-mapped meshes get MikkTSpace tangents and textures are embedded', async () => {
  const spec = makeSpec({
    materials: { tiles: { baseColorTexture: { path: 'textures/floor-tiles-basecolor.png', repeat: [4, 4] }, normalTexture: { path: 'textures/floor-tiles-normal.png' } } },
    objects: [{ id: 'floor', geometry: { type: 'plane', size: [4, 4] }, material: 'tiles' }],
  });
  const bytes = await buildGlb(spec, EXAMPLES);
  const doc = await readGlb(bytes);
  const prim = nodeById(doc, 'floor').getMesh()!.listPrimitives()[0]!;
  const tangent = prim.getAttribute('TANGENT');
  assert.ok(tangent, 'tangents present');
  assert.equal(tangent.getType(), 'VEC4');
  // A plane facing +Y with u along +X has its tangent along +X and handedness ±1.
  const t = tangent.getElement(0, []);
  near(Math.abs(t[0]!), 1, 1e-3);
  near(Math.abs(t[3]!), 1);
  assert.equal(doc.getRoot().listTextures().length, 2);
  const report = await khronosValidate(bytes);
  assert.equal(report.issues.numErrors, 0);
  assert.equal(report.issues.numWarnings, 0);
});

test('lights are in glTF units, aimed at their targets, with area lights as a documented fallback', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        lights: [
          { id: 'bulb', type: 'point', position: [0, 2, 0], intensity: { value: 800, unit: 'lm' }, color: { kelvin: 2700 } },
          { id: 'spot', type: 'spot', position: [0, 4, 0], target: [0, 0, 0], coneAngleDeg: 60, penumbra: 0.5, intensity: { value: 1000, unit: 'cd' } },
          { id: 'sun', type: 'directional', direction: [0, -1, -1], intensity: { value: 50000, unit: 'lx' } },
          { id: 'box', type: 'area', position: [3, 1, 0], target: [0, 1, 0], size: [1, 2], intensity: { value: 200, unit: 'nit' } },
        ],
      }),
    ),
  );
  const light = (id: string) => nodeById(doc, id).getExtension<PunctualLight>('KHR_lights_punctual')!;
  near(light('bulb').getIntensity(), 800 / (4 * Math.PI));
  const warm = light('bulb').getColor();
  assert.ok(warm[0]! === 1 && warm[2]! < 0.5, 'kelvin 2700 is warm');
  near(light('spot').getOuterConeAngle(), Math.PI / 6);
  near(light('spot').getInnerConeAngle(), Math.PI / 12);
  const spotDir = forward(nodeById(doc, 'spot'));
  near(spotDir.y, -1);
  assert.equal(light('sun').getType(), 'directional');
  const sunDir = forward(nodeById(doc, 'sun'));
  near(sunDir.y, -Math.SQRT1_2);
  near(sunDir.z, -Math.SQRT1_2);
  assert.equal(light('box').getType(), 'spot');
  near(light('box').getOuterConeAngle(), Math.PI / 2);
  near(light('box').getIntensity(), 400); // 200 nit × 2 m²
  near(forward(nodeById(doc, 'box')).x, -1);
  const areaNode = nodeById(doc, 'box');
  assert.deepEqual((areaNode.getExtras() as { area: unknown }).area, { width: 1, height: 2 });
  assert.equal(areaNode.listChildren().length, 1, 'a visible emitter quad');
});

test('cameras: focal length on a sensor becomes the glTF vertical FOV, aimed at the target, with roll', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        cameras: [
          { id: 'cam50', focalLengthMm: 50, position: [0, 1, 5], target: [0, 1, 0], fStop: 2 },
          { id: 'fov', verticalFovDeg: 60, position: [5, 0, 0], target: [0, 0, 0], rollDeg: 15 },
          { id: 'top', projection: 'orthographic', orthoHeight: 20, position: [0, 30, 0], target: [0, 0, 0] },
        ],
      }),
    ),
  );
  const cam50 = nodeById(doc, 'cam50');
  near(cam50.getCamera()!.getYFov(), 2 * Math.atan(24 / 100));
  near(cam50.getCamera()!.getAspectRatio()!, 1.5);
  const f = forward(cam50);
  near(f.z, -1);
  const extras = cam50.getExtras() as { focalLengthMm: number; fStop: number; focusDistance: number };
  assert.equal(extras.fStop, 2);
  near(extras.focusDistance, 5);
  const fov = nodeById(doc, 'fov');
  near(fov.getCamera()!.getYFov(), Math.PI / 3);
  near((fov.getExtras() as { focalLengthMm: number }).focalLengthMm, 24 / (2 * Math.tan(Math.PI / 6)));
  near(forward(fov).x, -1);
  const [qx, qy, qz, qw] = fov.getRotation();
  const up = new Vector3(0, 1, 0).applyQuaternion(new Quaternion(qx, qy, qz, qw));
  near(Math.acos(up.y) * (180 / Math.PI), 15, 1e-3);
  const top = nodeById(doc, 'top');
  assert.equal(top.getCamera()!.getType(), 'orthographic');
  near(top.getCamera()!.getYMag(), 10);
  near(forward(top).y, -1);
});

test('objects keep their hierarchy; lookAt turns +Z towards the target; arrays share one mesh', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        objects: [
          {
            id: 'parent',
            position: [1, 0, 0],
            children: [{ id: 'child', geometry: { type: 'sphere', radius: 0.2 }, position: [0, 1, 0], castShadow: false }],
          },
          { id: 'watcher', position: [0, 0, 0], lookAt: [10, 0, 0] },
          { id: 'row', geometry: { type: 'array', of: { type: 'box' }, count: 5, offset: [2, 0, 0] } },
        ],
      }),
    ),
  );
  const parent = nodeById(doc, 'parent');
  assert.equal(parent.listChildren().length, 1);
  assert.equal((parent.listChildren()[0]!.getExtras() as { id: string }).id, 'child');
  assert.equal((parent.listChildren()[0]!.getExtras() as { castShadow: boolean }).castShadow, false);
  const [x, y, z, w] = nodeById(doc, 'watcher').getRotation();
  const facing = new Vector3(0, 0, 1).applyQuaternion(new Quaternion(x, y, z, w));
  near(facing.x, 1);
  const row = nodeById(doc, 'row');
  assert.equal(row.listChildren().length, 5);
  const meshes = new Set(row.listChildren().map((c) => c.getMesh()));
  assert.equal(meshes.size, 1, 'one mesh for five boxes');
  assert.deepEqual(row.listChildren().map((c) => c.getTranslation()[0]), [0, 2, 4, 6, 8]);
});

test('scene extras carry the environment and shots for the renderer', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        environment: { background: '#102030', fog: { type: 'exponential', density: 0.05 } },
        shots: [{ id: 's1', camera: 'cam', shotSize: 'CU', look: { bloom: { intensity: 2 } } }],
      }),
    ),
  );
  const extras = doc.getRoot().getDefaultScene()!.getExtras() as { canvas3d: { environment: { fog: { density: number } }; shots: { id: string; look: { bloom: { intensity: number } } }[] } };
  near(extras.canvas3d.environment.fog.density, 0.05);
  assert.equal(extras.canvas3d.shots[0]!.id, 's1');
  assert.equal(extras.canvas3d.shots[0]!.look.bloom.intensity, 2);
});

test('budgets stop a scene that would be too big', async () => {
  const { validateSpec } = await import('../../src/index.js');
  const r = validateSpec(makeSpec({ objects: [{ geometry: { type: 'sphere', widthSegments: 256, heightSegments: 128 } }], budgets: { maxTriangles: 1000 } }));
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.issues[0]!.message, /about 65,536 triangles; the budget is 1,000/);
});

