/** Document → GLB or .gltf bytes and files, written atomically. */
import path from 'node:path';
import { Logger, NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { MSFTLod } from '../optimize/msft-lod.js';
import { KHRAnimationPointer } from './animation-pointer.js';
import { writeFilesAtomic } from '../core/atomic.js';
import { Canvas3dError } from '../core/errors.js';

let io: NodeIO | undefined;

/**
 * One NodeIO for the process, knowing every extension the builder and optimiser may write (MSFT_lod
 * included) and the meshopt codec for EXT_meshopt_compression.
 */
export function getIO(): NodeIO {
  // Documents read through it report only errors: library logging must not leak into a CLI's stdout.
  return (io ??= new NodeIO()
    .setLogger(new Logger(Logger.Verbosity.ERROR))
    .registerExtensions([...ALL_EXTENSIONS, MSFTLod, KHRAnimationPointer])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder }));
}

/** getIO once the WebAssembly codecs are ready (needed to read or write meshopt-compressed files). */
export async function readyIO(): Promise<NodeIO> {
  await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]);
  return getIO();
}

export async function toGlb(doc: Document): Promise<Uint8Array> {
  return (await readyIO()).writeBinary(doc);
}

/** Writes `.glb` (one file) or `.gltf` (JSON plus .bin and images beside it), chosen by the extension. */
export async function writeDocument(doc: Document, outPath: string): Promise<string[]> {
  const ext = path.extname(outPath).toLowerCase();
  if (ext === '.glb') {
    writeFilesAtomic([{ path: outPath, data: await toGlb(doc) }]);
    return [outPath];
  }
  if (ext !== '.gltf') throw new Canvas3dError('C3D_INPUT_INVALID', `output must end in .glb or .gltf, got "${path.basename(outPath)}"`);
  const base = path.basename(outPath, ext);
  for (const buffer of doc.getRoot().listBuffers()) buffer.setURI(`${base}.bin`);
  const { json, resources } = await (await readyIO()).writeJSON(doc);
  const dir = path.dirname(outPath);
  const files = [
    { path: outPath, data: JSON.stringify(json, null, 2) },
    ...Object.entries(resources).map(([uri, data]) => ({ path: path.join(dir, uri), data })),
  ];
  writeFilesAtomic(files);
  return files.map((f) => f.path);
}
