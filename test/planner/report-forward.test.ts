import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const length = (a: number[]) => Math.hypot(...a);

test('report objects say where each faces; people also their pose', async () => {
  const p = await plan({ text: 'Two knights face each other across a table in the castle hall. A barrel stands against the wall.' });
  for (const o of p.report.objects) {
    assert.ok(Math.abs(length(o.forward) - 1) < 0.01, `${o.id} forward is a unit vector: ${o.forward}`);
    assert.equal(o.pose !== undefined, o.kind === 'person', `${o.id}: a pose for people only`);
  }
  const [a, b] = p.report.objects.filter((o) => o.kind === 'person');
  assert.ok(a && b, 'two knights');
  const aToB = b.position.map((x, i) => (i === 1 ? 0 : x - a.position[i]!));
  assert.ok(dot(a.forward, aToB) / length(aToB) > 0.7, `the first knight looks at the second: forward ${a.forward}, towards ${aToB}`);
  assert.ok(dot(b.forward, aToB) / length(aToB) < -0.7, `and the second at the first: forward ${b.forward}`);
  const seated = await plan({ text: 'A woman sits on a chair in a kitchen.' });
  assert.equal(seated.report.objects.find((o) => o.kind === 'person')?.pose, 'sitting');
});
