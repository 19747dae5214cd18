/**
 * manifold-3d, loaded once per process: robust booleans for door and window cut-outs. It is WebAssembly, so it
 * loads asynchronously; generators that need it declare `init: loadManifold` and the builder awaits it first.
 */
import type { ManifoldToplevel } from 'manifold-3d';

let loading: Promise<ManifoldToplevel> | undefined;
let loaded: ManifoldToplevel | undefined;

export function loadManifold(): Promise<ManifoldToplevel> {
  loading ??= (async () => {
    const Module = (await import('manifold-3d')).default;
    const wasm = await Module();
    wasm.setup();
    loaded = wasm;
    return wasm;
  })();
  return loading;
}

/** The loaded module; throws if a generator forgot to declare `init: loadManifold`. */
export function manifold(): ManifoldToplevel {
  if (!loaded) throw new Error('manifold-3d is not loaded yet: await loadManifold() first');
  return loaded;
}
