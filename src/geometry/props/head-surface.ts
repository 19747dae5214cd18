/**
 * The figure's head as one closed surface: skull, jaw, chin, muzzle, brow, cheekbones, ears and nose blended by a
 * smooth union, with eye sockets pressed in. Separate primitives showed every seam as a crease that a key light
 * picked out (cheeks and chin read as blobs); one surface models light like a sculpted mannequin head.
 *
 * The head is a signed-distance field (ellipsoids joined by a smooth minimum); the mesh is a sphere whose vertices
 * are moved along their directions from a centre inside the head onto the field's zero. Normals are the field's
 * gradient, so the shading has no UV seam. The shape is the same for every figure, so it is built once and cloned.
 * Units are head units (radius 1); the face looks along +Z.
 */
import { BufferAttribute, Euler, Matrix4, Quaternion, SphereGeometry, Vector3, type BufferGeometry } from 'three';
import { DEG_TO_RAD } from '../../core/angles.js';

type V3 = [number, number, number];

/** An ellipsoid: centre, semi-axes and a tilt about X (degrees, positive pitches its top forward). */
export interface Volume {
  at: V3;
  size: V3;
  tiltDeg?: number;
}

/** Where the rays start: low and forward in the skull, so the chin, nose tip and the back of the skull are all in view. */
const CENTRE: V3 = [0, -0.15, 0.05];
/** How far the smooth union rounds the joins (head units): about 6 mm on an adult. */
const BLEND = 0.1;

export const CRANIUM: Volume = { at: [0, 0.1, -0.06], size: [0.7, 0.92, 0.88] };

/** The volumes the face is modelled from; each one's front stands proud of the skull by the millimetres light catches. */
const FACE: readonly Volume[] = [
  CRANIUM,
  // Jaw and chin: the lower face reaches down and forward of the skull.
  { at: [0, -0.5, 0.2], size: [0.58, 0.46, 0.55] },
  { at: [0, -0.8, 0.48], size: [0.22, 0.18, 0.2] },
  // Muzzle: the mouth's mound, on which the nose sits.
  { at: [0, -0.46, 0.56], size: [0.3, 0.22, 0.26] },
  // Brow ridge: a shelf in front of the eyes, so a top light fills the sockets with shadow.
  { at: [0, 0.2, 0.64], size: [0.48, 0.12, 0.2] },
  // Cheekbones under the sockets, out to the sides: where a Rembrandt triangle forms.
  { at: [0.32, -0.22, 0.5], size: [0.2, 0.13, 0.18] },
  { at: [-0.32, -0.22, 0.5], size: [0.2, 0.13, 0.18] },
  // Ears, flat against the sides at eye level.
  { at: [0.7, -0.05, -0.02], size: [0.08, 0.26, 0.16] },
  { at: [-0.7, -0.05, -0.02], size: [0.08, 0.26, 0.16] },
];

/** The nose: a bridge sloping out from between the eyes and a rounded tip, ~2.5 cm proud of the lip on an adult. */
const NOSE: readonly Volume[] = [
  { at: [0, -0.16, 0.84], size: [0.085, 0.26, 0.15], tiltDeg: 24 },
  { at: [0, -0.36, 0.95], size: [0.12, 0.085, 0.12] },
];

/** Eye sockets: dimples round each eye, deep enough that the eyeball sits half in the skull. */
export const EYE = { radius: 0.1, apart: 0.29, y: 0.02, z: 0.66 };
/** A sphere carved round each eye, a little behind it: the eyeball sits in it with its front half showing. */
const SOCKET = { radius: 0.15, back: 0.0 };

const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const norm = (a: V3): V3 => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** Signed distance (approximate, Quilez's bound) from p to the ellipsoid: negative inside. */
function ellipsoid(v: Volume, p: V3): number {
  const c = (v.tiltDeg ?? 0) * DEG_TO_RAD;
  const q = sub(p, v.at);
  // Into the ellipsoid's frame: undo its tilt about X.
  const x = q[0];
  const y = q[1] * Math.cos(c) - q[2] * Math.sin(c);
  const z = q[1] * Math.sin(c) + q[2] * Math.cos(c);
  const k0 = Math.hypot(x / v.size[0], y / v.size[1], z / v.size[2]);
  const k1 = Math.hypot(x / v.size[0] ** 2, y / v.size[1] ** 2, z / v.size[2] ** 2);
  return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(...v.size);
}

/** Polynomial smooth minimum: a union whose joins are rounded over `k`. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

const EYES: V3[] = [1, -1].map((side) => [side * EYE.apart, EYE.y, EYE.z - SOCKET.back]);

/** The head as a field: negative inside. Face volumes blended, sockets carved round the eyes, the nose blended on. */
export function headField(p: V3): number {
  let f = Infinity;
  for (const v of FACE) f = smin(f, ellipsoid(v, p), BLEND);
  for (const e of EYES) f = -smin(-f, Math.hypot(...sub(p, e)) - SOCKET.radius, BLEND / 2);
  for (const v of NOSE) f = smin(f, ellipsoid(v, p), BLEND / 2);
  return f;
}

/** Where the ray from the head's centre along `dir` last leaves the head: marched in from outside, then bisected. */
export function surfacePoint(dir: V3): V3 {
  const at = (t: number): V3 => [CENTRE[0] + t * dir[0], CENTRE[1] + t * dir[1], CENTRE[2] + t * dir[2]];
  let outside = 2;
  let t = outside;
  while (t > 0 && headField(at(t)) > 0) {
    outside = t;
    t -= 0.02;
  }
  let inside = Math.max(t, 0);
  for (let i = 0; i < 24; i++) {
    const mid = (inside + outside) / 2;
    if (headField(at(mid)) > 0) outside = mid;
    else inside = mid;
  }
  return at((inside + outside) / 2);
}

/** The field's gradient, the surface's outward normal. */
function surfaceNormal(p: V3): V3 {
  const e = 1e-3;
  const d = (axis: 0 | 1 | 2) => {
    const step: V3 = [axis === 0 ? e : 0, axis === 1 ? e : 0, axis === 2 ? e : 0];
    return headField([p[0] + step[0], p[1] + step[1], p[2] + step[2]]) - headField(sub(p, step));
  };
  return norm([d(0), d(1), d(2)]);
}

/**
 * The head surface in head units. The sphere's pole is turned to face forward and its latitudes are bunched
 * towards it, so the face (eyes, nose, mouth) gets about twice the vertex density of the back of the skull.
 */
/**
 * Named points of the face, as directions from the head's centre (+X is the figure's left): where a lighting check
 * reads the face — the nose tip, under the nose (butterfly's shadow), beside the nose (where its shadow falls), the inner cheeks under the eyes (where a
 * Rembrandt triangle falls) and the outer cheeks towards the jaw.
 */
export const FACE_LANDMARKS = {
  forehead: [0, 0.65, 0.65],
  noseTip: [0, -0.19, 0.94],
  underNose: [0, -0.4, 0.75],
  noseSideLeft: [0.14, -0.16, 0.75],
  noseSideRight: [-0.14, -0.16, 0.75],
  innerCheekLeft: [0.3, -0.17, 0.63],
  innerCheekRight: [-0.3, -0.17, 0.63],
  outerCheekLeft: [0.52, -0.3, 0.35],
  outerCheekRight: [-0.52, -0.3, 0.35],
} as const satisfies Record<string, V3>;
export type FaceLandmark = keyof typeof FACE_LANDMARKS;

/** A landmark on the head's surface, in head units. */
export const landmarkPoint = (name: FaceLandmark): V3 => surfacePoint(norm([...FACE_LANDMARKS[name]]));

let built: BufferGeometry | undefined;

export function headSurface(): BufferGeometry {
  built ??= buildHeadSurface(56, 48);
  return built.clone();
}

function buildHeadSurface(widthSegments: number, heightSegments: number): BufferGeometry {
  const g = new SphereGeometry(1, widthSegments, heightSegments);
  g.applyMatrix4(new Matrix4().makeRotationFromQuaternion(new Quaternion().setFromEuler(new Euler(Math.PI / 2, 0, 0))));
  const pos = g.getAttribute('position') as BufferAttribute;
  const normals = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const d = new Vector3(pos.getX(i), pos.getY(i), pos.getZ(i)).normalize();
    // Angle from the forward pole, remapped by a power: small angles (the face) get more of the rows.
    const polar = Math.acos(Math.min(1, Math.max(-1, d.z)));
    const bunched = Math.PI * (polar / Math.PI) ** 1.25;
    const around = Math.hypot(d.x, d.y) > 1e-9 ? Math.atan2(d.y, d.x) : 0;
    const dir: V3 = [Math.sin(bunched) * Math.cos(around), Math.sin(bunched) * Math.sin(around), Math.cos(bunched)];
    const p = surfacePoint(dir);
    pos.setXYZ(i, ...p);
    normals.set(surfaceNormal(p), i * 3);
  }
  g.setAttribute('normal', new BufferAttribute(normals, 3));
  return g;
}
