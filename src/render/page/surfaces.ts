/**
 * Per-frame material changes the quality or the weather ask for, undone after the frame: wet ground (rain
 * darkens and polishes what faces the sky, not walls) and, in `draft`, glass and water drawn as plain
 * see-through surfaces instead of refracting (transmission renders the scene a second time).
 */
import * as THREE from 'three';

type Standard = THREE.MeshStandardMaterial;

/** Wetness on upward-facing fragments: darker albedo (water fills the pores), much lower roughness. */
function wetten(m: Standard, wetness: number): () => void {
  const before = m.onBeforeCompile;
  const key = m.customProgramCacheKey;
  m.onBeforeCompile = (shader, renderer) => {
    before.call(m, shader, renderer);
    shader.uniforms.wetness = { value: wetness };
    shader.fragmentShader = `uniform float wetness;\n${shader.fragmentShader}`.replace(
      '#include <normal_fragment_maps>',
      `#include <normal_fragment_maps>
      {
        float wet = wetness * smoothstep(0.55, 0.9, (vec4(normal, 0.0) * viewMatrix).y);
        diffuseColor.rgb *= mix(1.0, 0.5, wet);
        roughnessFactor = mix(roughnessFactor, 0.06, wet);
      }`,
    );
  };
  m.customProgramCacheKey = () => `${key.call(m)}|wet${wetness.toFixed(2)}`;
  m.needsUpdate = true;
  return () => {
    m.onBeforeCompile = before;
    m.customProgramCacheKey = key;
    m.needsUpdate = true;
  };
}

/** Transmission off: a tinted see-through surface that lets the frame skip the transmission render. */
function flatten(m: THREE.MeshPhysicalMaterial): () => void {
  const { transmission, transparent, opacity, depthWrite } = m;
  m.transmission = 0;
  m.transparent = true;
  m.opacity = Math.min(opacity, 1 - 0.75 * transmission);
  m.depthWrite = false;
  m.needsUpdate = true;
  return () => {
    Object.assign(m, { transmission, transparent, opacity, depthWrite });
    m.needsUpdate = true;
  };
}

export function prepareSurfaces(root: THREE.Object3D, opts: { wetness: number; transmission: boolean }): () => void {
  const undo: (() => void)[] = [];
  const seen = new Set<THREE.Material>();
  root.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    for (const m of Array.isArray(o.material) ? o.material : [o.material]) {
      if (seen.has(m)) continue;
      seen.add(m);
      if (opts.wetness > 0 && m instanceof THREE.MeshStandardMaterial && (o.userData as { kind?: string }).kind !== 'emitter') undo.push(wetten(m, opts.wetness));
      if (!opts.transmission && m instanceof THREE.MeshPhysicalMaterial && m.transmission > 0) undo.push(flatten(m));
    }
  });
  return () => undo.reverse().forEach((u) => u());
}
