import { generateDungeon } from './src/worlds/dungeon.ts';
import { validateSpec, buildScene, toGlb } from './src/index.ts';
import { optimizeDocument } from './src/optimize/optimize.ts';
import validator from 'gltf-validator';
import { writeFileSync } from 'node:fs';
for (const [rooms, props, lights, theme] of [[20, 50, 25, 'dungeon'], [100, 500, 100, 'dungeon'], [12, 40, 12, 'house'], [10, 30, 8, 'cave']] as const) {
  const t0 = performance.now();
  const { spec, report } = generateDungeon({ rooms, props, lights, theme, materials: 35 });
  const t1 = performance.now();
  const r = validateSpec(spec);
  if (!r.ok) { console.log(r.issues.slice(0, 5)); process.exit(1); }
  const t2 = performance.now();
  const b = await buildScene(r.spec);
  const t3 = performance.now();
  const opt = await optimizeDocument(b.document, {});
  const glb = await toGlb(b.document);
  const t4 = performance.now();
  writeFileSync(`/tmp/dg-${theme}-${rooms}.glb`, glb);
  const rep: any = await validator.validateBytes(glb);
  console.log(theme, rooms, report, 'gen', (t1 - t0).toFixed(0), 'validate', (t2 - t1).toFixed(0), 'build', (t3 - t2).toFixed(0), 'opt+glb', (t4 - t3).toFixed(0), 'bytes', glb.length, 'tris', b.stats.triangles, 'instances', opt.instances, 'val', rep.issues.numErrors, rep.issues.numWarnings, rep.issues.messages.filter((m: any) => m.severity < 2).slice(0, 3).map((m: any) => m.code + m.pointer));
}
