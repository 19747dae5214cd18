import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  GRADE_PRESETS,
  GRADE_CATEGORIES,
  applyGradeOps,
  bakeGradeLut,
  compileGradeOps,
  CUBE_MAX_CHARS,
  CubeError,
  getGradePreset,
  gradeOpsIssues,
  gradePresetIds,
  GradeOpsError,
  isIdentity,
  luma,
  monotoneCurve,
  parseCube,
  sampleCube,
  type CurvePoints,
  type GradeOps,
  type Rgb,
} from '../../src/grading/index.js';

/** n³ colours spanning the cube, corners included. */
function grid(n = 6): Rgb[] {
  const out: Rgb[] = [];
  for (let b = 0; b < n; b++) for (let g = 0; g < n; g++) for (let r = 0; r < n; r++) out.push([r / (n - 1), g / (n - 1), b / (n - 1)]);
  return out;
}

const COLOURFUL: Rgb[] = [[0.9, 0.2, 0.1], [0.1, 0.7, 0.3], [0.2, 0.3, 0.9], [0.76, 0.57, 0.47], [1, 1, 0], [0.5, 0, 0.8]];

function assertClose(actual: readonly number[], expected: readonly number[], tol: number, what = ''): void {
  actual.forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) <= tol, `${what} [${i}]: ${v} vs ${expected[i]} (tol ${tol})`));
}

function preset(id: string): GradeOps {
  const p = getGradePreset(id);
  assert.ok(p, `preset ${id} exists`);
  return p.ops;
}

/** `.cube` text whose table maps each lattice point through `f`, red fastest, with the given header lines. */
function cubeText(size: number, f: (c: Rgb) => Rgb = (c) => c, header: string[] = [], domain: [Rgb, Rgb] = [[0, 0, 0], [1, 1, 1]]): string {
  const lines = [...header, `LUT_3D_SIZE ${size}`];
  const [lo, hi] = domain;
  for (let b = 0; b < size; b++) {
    for (let g = 0; g < size; g++) {
      for (let r = 0; r < size; r++) {
        const idx = [r, g, b].map((v, i) => lo[i]! + ((hi[i]! - lo[i]!) * v) / (size - 1)) as Rgb;
        lines.push(f(idx).map((v) => v.toFixed(6)).join(' '));
      }
    }
  }
  return lines.join('\n') + '\n';
}

function throwsCube(text: string, line: number, message: RegExp): void {
  assert.throws(
    () => parseCube(text),
    (e: unknown) => {
      assert.ok(e instanceof CubeError, `expected CubeError, got ${String(e)}`);
      assert.equal(e.line, line, e.message);
      assert.match(e.message, message);
      if (line > 0) assert.ok(e.message.startsWith(`line ${line}: `), e.message);
      return true;
    },
  );
}

// ---- ops -------------------------------------------------------------------------------------------------------

test('no ops, and every op at its neutral value, is the identity', () => {
  const neutral: GradeOps[] = [
    {},
    { temperature: 0 },
    { tint: 0 },
    { lift: [0, 0, 0] },
    { gamma: [1, 1, 1] },
    { gain: [1, 1, 1] },
    { contrast: 0, pivot: 0.3 },
    { saturation: 0 },
    { vibrance: 0 },
    { splitTone: { shadows: '#008080', highlights: '#ff8000', balance: 0.5, amount: 0 } },
    { monochrome: { weights: [1, 1, 1], amount: 0, tint: '#f0d2a0' } },
    { fade: 0 },
    { bleachBypass: 0 },
    { curves: {} },
    { curves: { master: [[0, 0], [1, 1]], r: [], g: [[0.5, 0.5]], b: [[0.2, 0.2], [0.7, 0.7]] } },
  ];
  const all = Object.assign({}, ...neutral) as GradeOps;
  for (const ops of [...neutral, all]) {
    for (const c of grid()) assertClose(applyGradeOps(c, ops), c, 1e-12, JSON.stringify(ops));
  }
});

test('the final result is clamped to [0, 1]', () => {
  const ops: GradeOps = { gain: [4, 4, 4], lift: [-0.5, -0.5, -0.5], saturation: 1, vibrance: 1 };
  for (const c of grid()) for (const v of applyGradeOps(c, ops)) assert.ok(v >= 0 && v <= 1, `${v}`);
});

test('saturation -1 gives grey with the same luma', () => {
  for (const c of COLOURFUL) {
    const [r, g, b] = applyGradeOps(c, { saturation: -1 });
    assert.ok(Math.abs(r - g) < 1e-12 && Math.abs(g - b) < 1e-12, `${c} → ${[r, g, b]}`);
    assert.ok(Math.abs(r - luma(c)) < 1e-12);
  }
});

test('vibrance boosts muted colours more than vivid ones', () => {
  const chroma = (c: Rgb) => Math.max(...c) - Math.min(...c);
  const muted: Rgb = [0.55, 0.5, 0.45];
  const vivid: Rgb = [0.8, 0.3, 0.1];
  const gain = (c: Rgb) => chroma(applyGradeOps(c, { vibrance: 0.8 })) / chroma(c);
  assert.ok(gain(muted) > gain(vivid) + 0.3, `${gain(muted)} vs ${gain(vivid)}`);
  assert.ok(gain(vivid) >= 1);
});

test('contrast pushes values away from the pivot when positive and toward it when negative, keeping black and white', () => {
  const pivot = 0.46;
  for (const x of [0.05, 0.2, 0.4, 0.55, 0.7, 0.95]) {
    const up = applyGradeOps([x, x, x], { contrast: 0.5 })[0];
    const down = applyGradeOps([x, x, x], { contrast: -0.5 })[0];
    assert.ok(Math.abs(up - pivot) > Math.abs(x - pivot), `+ at ${x}: ${up}`);
    assert.ok(Math.abs(down - pivot) < Math.abs(x - pivot), `- at ${x}: ${down}`);
    assert.equal(Math.sign(up - pivot), Math.sign(x - pivot), 'never crosses the pivot');
  }
  for (const contrast of [-0.9, 0.5, 1]) {
    assertClose(applyGradeOps([0, 0, 0], { contrast }), [0, 0, 0], 0);
    assertClose(applyGradeOps([1, 1, 1], { contrast }), [1, 1, 1], 0);
    let previous = -1;
    for (let i = 0; i <= 1000; i++) {
      const y = applyGradeOps([i / 1000, 0, 0], { contrast })[0];
      assert.ok(y >= previous, `monotonic at contrast ${contrast}`);
      previous = y;
    }
  }
});

test('curves interpolate their points, never overshoot [0, 1], and are monotone when the points are', () => {
  const sCurve = monotoneCurve([[0.25, 0.15], [0.75, 0.85]]);
  assertClose([sCurve(0), sCurve(0.25), sCurve(0.75), sCurve(1)], [0, 0.15, 0.85, 1], 1e-12);
  // A step that makes a natural cubic spline ring well above 1 and below 0.
  const step = monotoneCurve([[0, 0], [0.45, 0.02], [0.55, 0.98], [1, 1]]);
  for (let i = 0; i <= 1000; i++) {
    const y = step(i / 1000);
    assert.ok(y >= 0 && y <= 1, `${i / 1000} → ${y}`);
  }

  const points = fc
    .uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 })
    .chain((xs) => fc.tuple(fc.constant(xs.sort((a, b) => a - b)), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: xs.length, maxLength: xs.length })));
  fc.assert(
    fc.property(points, fc.boolean(), ([xs, ys], sortYs) => {
      const y = sortYs ? [...ys].sort((a, b) => a - b) : ys;
      const pts: CurvePoints = xs.map((x, i) => [x, y[i]!]);
      const curve = monotoneCurve(pts);
      let previous = -Infinity;
      let monotone = true;
      for (let i = 0; i <= 200; i++) {
        const v = curve(i / 200);
        if (!(v >= 0 && v <= 1)) return false;
        if (v < previous - 1e-12) monotone = false;
        previous = v;
      }
      // Sorted ys in [0, 1] stay monotone with the implied (0,0) and (1,1) added at the ends.
      return !sortYs || monotone;
    }),
    { numRuns: 300 },
  );
  // Through the grade as well: per-channel curves stay within range.
  const ops: GradeOps = { curves: { master: [[0.3, 0.1], [0.6, 0.95]], r: [[0.5, 0.9]], b: [[0, 0.2], [1, 0.1]] } };
  for (const c of grid(11)) for (const v of applyGradeOps(c, ops)) assert.ok(v >= 0 && v <= 1);
});

test('split toning moves hue but keeps luma', () => {
  const ops: GradeOps = { splitTone: { shadows: '#006080', highlights: '#c08040', balance: 0, amount: 0.6 } };
  for (const c of [[0.2, 0.2, 0.2], [0.5, 0.4, 0.3], [0.6, 0.6, 0.6]] as Rgb[]) {
    const out = applyGradeOps(c, ops);
    assert.ok(Math.abs(luma(out) - luma(c)) < 1e-9, `${c} → ${out}`);
  }
  const dark = applyGradeOps([0.2, 0.2, 0.2], ops);
  const bright = applyGradeOps([0.7, 0.7, 0.7], ops);
  assert.ok(dark[2] > dark[0], 'shadows toward the shadow tone');
  assert.ok(bright[0] > bright[2], 'highlights toward the highlight tone');
});

test('fade lifts black and lowers white; bleach bypass keeps greys grey and adds contrast', () => {
  assertClose(applyGradeOps([0, 0, 0], { fade: 1 }), [0.1, 0.1, 0.1], 1e-12);
  assertClose(applyGradeOps([1, 1, 1], { fade: 1 }), [0.9, 0.9, 0.9], 1e-12);
  const dark = applyGradeOps([0.2, 0.2, 0.2], { bleachBypass: 1 });
  const light = applyGradeOps([0.8, 0.8, 0.8], { bleachBypass: 1 });
  assert.ok(dark[0] === dark[1] && dark[1] === dark[2] && dark[0] < 0.2);
  assert.ok(light[0] === light[1] && light[0] > 0.8);
  const colour: Rgb = [0.8, 0.3, 0.2];
  const bleached = applyGradeOps(colour, { bleachBypass: 1 });
  assert.ok(Math.max(...bleached) - Math.min(...bleached) < Math.max(...colour) - Math.min(...colour) + 0.2);
});

test('invalid ops are reported with paths and refused by compileGradeOps', () => {
  const bad = {
    contrast: 2,
    gamma: [1, 0, 1],
    splitTone: { shadows: 'teal', highlights: '#ff8000', balance: 0, amount: 1.5 },
    monochrome: { weights: [0, 0, 0], amount: 1 },
    curves: { master: [[0.5, 0.5], [0.4, 0.6]], r: [[0.2, 1.2]] },
  } as GradeOps;
  const paths = gradeOpsIssues(bad).map((i) => i.path);
  assert.deepEqual(paths.sort(), [
    'contrast',
    'curves.master[1][0]',
    'curves.r[0][1]',
    'gamma[1]',
    'monochrome.weights',
    'splitTone.amount',
    'splitTone.shadows',
  ]);
  assert.throws(() => compileGradeOps(bad), (e: unknown) => e instanceof GradeOpsError && /contrast: must be from -1 to 1, got 2/.test(e.message));
});

// ---- presets -------------------------------------------------------------------------------------------------

test('at least 30 presets with unique ids, valid categories, in-range ops and every look the brief names', () => {
  assert.ok(GRADE_PRESETS.length >= 30, `${GRADE_PRESETS.length} presets`);
  assert.equal(new Set(gradePresetIds()).size, GRADE_PRESETS.length, 'unique ids');
  assert.equal(new Set(GRADE_PRESETS.map((p) => JSON.stringify(p.ops))).size, GRADE_PRESETS.length, 'distinct ops');
  const named = [
    'neutral', 'cinematic', 'teal_orange', 'noir_bw', 'bleach_bypass', 'vintage', 'warm', 'cool', 'cyberpunk',
    'print_film_warm', 'portrait_film', 'slide_film_vivid', 'tungsten_film_cool', 'expired_film', 'sepia', 'cross_process',
    'day_for_night', 'matte', 'desaturated_war', 'horror_green', 'golden_hour_glow', 'moonlight_blue', 'pastel',
    'high_contrast_bw', 'low_contrast_bw', 'western_dusty', 'sci_fi_cold', 'dream_soft', 'summer_blockbuster',
    'indie_muted', 'noir_color', 'bleak_nordic', 'music_video_pop',
  ];
  for (const id of named) assert.ok(getGradePreset(id), id);
  assert.deepEqual(preset('neutral'), {});
  for (const p of GRADE_PRESETS) {
    assert.match(p.id, /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, p.id);
    assert.ok(GRADE_CATEGORIES.includes(p.category), `${p.id}: ${p.category}`);
    assert.match(p.description, /^[A-Z][^.]*(?:\.\d[^.]*)*\.$/, `${p.id}: one sentence`);
    assert.ok(p.label && p.tags.length > 0, p.id);
    assert.deepEqual(gradeOpsIssues(p.ops), [], p.id);
  }
  for (const c of GRADE_CATEGORIES) assert.ok(GRADE_PRESETS.some((p) => p.category === c), c);
});

test('every preset bakes without NaN, stays in [0, 1], and only neutral is the identity', () => {
  for (const p of GRADE_PRESETS) {
    const lut = bakeGradeLut({ grade: p.ops, size: 17 });
    assert.equal(lut.data.length, 17 ** 3 * 4);
    for (const v of lut.data) assert.ok(v >= 0 && v <= 1, `${p.id}: ${v}`);
    assert.equal(isIdentity(lut, 1e-4), p.id === 'neutral', p.id);
  }
});

test('black-and-white presets give R = G = B for colourful inputs', () => {
  for (const id of ['noir_bw', 'high_contrast_bw', 'low_contrast_bw', 'infrared_bw']) {
    for (const c of COLOURFUL) {
      const [r, g, b] = applyGradeOps(c, preset(id));
      assert.ok(Math.abs(r - g) < 1e-12 && Math.abs(g - b) < 1e-12, `${id} ${c} → ${[r, g, b]}`);
    }
  }
  const [r, , b] = applyGradeOps([0.5, 0.5, 0.5], preset('sepia'));
  assert.ok(r > b, 'sepia is toned warm');
});

test('teal_orange turns dark neutrals teal and bright neutrals orange', () => {
  const dark = applyGradeOps([0.15, 0.15, 0.15], preset('teal_orange'));
  const bright = applyGradeOps([0.85, 0.85, 0.85], preset('teal_orange'));
  assert.ok(dark[2] > dark[0] && dark[1] > dark[0], `dark → ${dark}`);
  assert.ok(bright[0] > bright[2], `bright → ${bright}`);
});

test('warm and cool move the R/B ratio of mid grey; day_for_night darkens it toward blue', () => {
  const grey: Rgb = [0.46, 0.46, 0.46];
  const ratio = (c: Rgb) => c[0] / c[2];
  assert.ok(ratio(applyGradeOps(grey, preset('warm'))) > 1.1);
  assert.ok(ratio(applyGradeOps(grey, preset('cool'))) < 0.9);
  const night = applyGradeOps(grey, preset('day_for_night'));
  assert.ok(luma(night) < 0.7 * luma(grey), `luma ${luma(night)}`);
  assert.ok(night[2] > night[0] && night[2] > night[1], `${night}`);
  const cyber = applyGradeOps([0.15, 0.15, 0.15], preset('cyberpunk'));
  assert.ok(cyber[2] > cyber[0], 'cyberpunk shadows lean cyan');
  const cyberHigh = applyGradeOps([0.8, 0.8, 0.8], preset('cyberpunk'));
  assert.ok(cyberHigh[0] > cyberHigh[1] && cyberHigh[2] > cyberHigh[1], 'cyberpunk highlights lean magenta');
});

// ---- LUT bake ------------------------------------------------------------------------------------------------

test('an identity bake reproduces the lattice in the layout Data3DTexture and LUT3DEffect expect', () => {
  const lut = bakeGradeLut({});
  assert.equal(lut.size, 33);
  assert.equal(lut.data.length, 33 ** 3 * 4);
  assert.ok(isIdentity(lut, 1e-6));
  const n = 5;
  const small = bakeGradeLut({ size: n });
  const entry = (i: number) => [...small.data.subarray(i, i + 4)];
  assert.deepEqual(entry(0), [0, 0, 0, 1]);
  assert.deepEqual(entry((n - 1) * 4), [1, 0, 0, 1], 'red changes fastest');
  assert.deepEqual(entry((n - 1) * n * 4), [0, 1, 0, 1]);
  assert.deepEqual(entry((n - 1) * n * n * 4), [0, 0, 1, 1], 'blue slowest');
  assertClose(entry(((2 * n + 1) * n + 3) * 4), [0.75, 0.25, 0.5, 1], 1e-7);
  assert.throws(() => bakeGradeLut({ size: 1 }), RangeError);
});

test('the look is applied before the grade preset', () => {
  // Monochrome then warm gives warm grey; the other way round would give neutral grey.
  const lut = bakeGradeLut({ look: { monochrome: { weights: [1, 1, 1], amount: 1 } }, grade: preset('warm'), size: 3 });
  const [r, g, b] = lut.data.subarray(((1 * 3 + 1) * 3 + 0) * 4); // (r 0, g 0.5, b 0.5)
  assert.ok(r! > b! && g! > b!, `${[r, g, b]}`);
});

// ---- .cube ---------------------------------------------------------------------------------------------------

test('parses identity .cube LUTs with a title, comments and domain lines, and samples them exactly', () => {
  for (const size of [2, 17]) {
    const text = cubeText(size, undefined, ['# made by the test', '', 'TITLE "Identity # test"', 'DOMAIN_MIN 0 0 0', 'DOMAIN_MAX 1 1 1', '  # indented comment']);
    const lut = parseCube(text);
    assert.equal(lut.size, size);
    assert.equal(lut.title, 'Identity # test');
    assert.equal(lut.data.length, size ** 3 * 3);
    assert.deepEqual(lut.domainMin, [0, 0, 0]);
    for (const c of [...grid(5), [0.123, 0.456, 0.789] as Rgb]) assertClose(sampleCube(lut, c), c, 1e-6, `size ${size}`);
    assertClose(sampleCube(lut, [-0.5, 1.5, 0.5]), [0, 1, 0.5], 1e-6, 'clamped to the domain');
  }
  const crlf = parseCube(cubeText(2).replace(/\n/g, '\r\n'));
  assert.equal(crlf.size, 2);
});

test('a custom domain maps inputs through it before the lookup', () => {
  const domain: [Rgb, Rgb] = [[-0.5, 0, 0], [1.5, 2, 1]];
  const text = cubeText(9, undefined, ['DOMAIN_MIN -0.5 0 0', 'DOMAIN_MAX 1.5 2 1'], domain);
  const lut = parseCube(text);
  assert.deepEqual(lut.domainMax, [1.5, 2, 1]);
  assertClose(sampleCube(lut, [-0.25, 1.75, 0.3]), [-0.25, 1.75, 0.3], 1e-6);
  const resolve = parseCube(cubeText(2, undefined, ['LUT_3D_INPUT_RANGE 0 4'], [[0, 0, 0], [4, 4, 4]]));
  assert.deepEqual(resolve.domainMax, [4, 4, 4]);
});

test('a show LUT is applied last in bakeGradeLut', () => {
  const swap = parseCube(cubeText(2, ([r, g, b]) => [b, g, r], ['TITLE "swap R and B"']));
  const size = 9;
  const warm = compileGradeOps(preset('warm'));
  const lut = bakeGradeLut({ grade: preset('warm'), cube: swap, size });
  for (const [r, g, b] of [[0, 0, 1], [1, 0, 0], [3, 5, 7], [8, 2, 4]] as Rgb[]) {
    const lattice: Rgb = [r / (size - 1), g / (size - 1), b / (size - 1)];
    const [wr, wg, wb] = warm(lattice);
    const i = ((b * size + g) * size + r) * 4;
    assertClose([...lut.data.subarray(i, i + 4)], [wb, wg, wr, 1], 1e-6, `${lattice}`);
  }
  // Warm grey swapped is cool grey: proof the cube came after the grade.
  const mid = (((size >> 1) * size + (size >> 1)) * size + (size >> 1)) * 4;
  assert.ok(lut.data[mid + 2]! > lut.data[mid]!);
});

test('.cube errors name the line and say what is wrong', () => {
  const ok = cubeText(2).split('\n'); // line 1 is LUT_3D_SIZE 2, lines 2–9 the table
  const edit = (lineNo: number, text: string) => ok.map((l, i) => (i === lineNo - 1 ? text : l)).join('\n');

  throwsCube('TITLE "nothing"\n# no size\n', 0, /missing LUT_3D_SIZE/);
  throwsCube('TITLE "early"\n0 0 0\n', 2, /before LUT_3D_SIZE/);
  throwsCube('LUT_3D_SIZE 1\n', 1, /LUT_3D_SIZE must be a whole number from 2 to 256, got "1"/);
  throwsCube('# big\nLUT_3D_SIZE 257\n', 2, /from 2 to 256, got "257"/);
  throwsCube('LUT_3D_SIZE 2.5\n', 1, /whole number/);
  throwsCube(['TITLE "t"', '# a', '# b', '', ...ok.slice(0, 2), '0.5 0.5', ...ok.slice(3)].join('\n'), 7, /^line 7: expected 3 numbers, got 2$/);
  throwsCube(edit(4, '0 NaN 0'), 4, /"NaN" is not a finite number/);
  throwsCube(edit(4, '0 1e999 0'), 4, /"1e999" is not a finite number/);
  throwsCube(edit(5, '0 0 0 0'), 5, /expected 3 numbers, got 4/);
  throwsCube(ok.slice(0, 8).join('\n'), 0, /too few data lines: expected 8 data lines \(2³\), found 7/);
  throwsCube([...ok.slice(0, 9), '1 1 1', '0 0 0'].join('\n'), 10, /too many data lines: expected 8 data lines \(2³\), found 10/);
  throwsCube(['LUT_3D_SIZ 2', ...ok.slice(1)].join('\n'), 1, /unknown keyword "LUT_3D_SIZ"/);
  throwsCube(['TITLE "1d"', 'LUT_1D_SIZE 1024', '0 0 0'].join('\n'), 2, /1D LUTs .* not supported/);
  throwsCube([...ok.slice(0, 4), 'DOMAIN_MIN 0 0 0', ...ok.slice(4)].join('\n'), 5, /DOMAIN_MIN must come before the table data/);
  throwsCube(['DOMAIN_MIN 0 0 0', 'DOMAIN_MAX 1 0 1', ...ok].join('\n'), 2, /must be below DOMAIN_MAX/);
  throwsCube(['DOMAIN_MIN 0 0', ...ok].join('\n'), 1, /DOMAIN_MIN: expected 3 numbers, got 2/);
  throwsCube(['LUT_3D_SIZE 2', ...ok].join('\n'), 2, /LUT_3D_SIZE given twice/);
  throwsCube('x'.repeat(CUBE_MAX_CHARS + 1), 0, /over 64 MB are refused/);
});
