/**
 * GeometryWriter: generated MeshData → glTF accessors and meshes, each written once and shared by every node
 * that draws the same geometry with the same material plan.
 */
import type { Accessor, Buffer as GltfBuffer, Document, Material, Mesh } from '@gltf-transform/core';
import { weldPrimitive } from '@gltf-transform/functions';
import { generateTangents } from 'mikktspace';
import { Quaternion, Vector3, type Matrix4 } from 'three';
import type { MeshData } from '../geometry/mesh.js';
import { projectUvs, splitBySlope } from '../materials/projection.js';
import type { MaterialPlan } from './materials.js';

/**
 * Writes MeshData into accessors once per mesh, and one glTF Mesh per (mesh, material) pair. Meshes drawn
 * with a normal map get MikkTSpace tangents, the tangent basis glTF prescribes for normal maps.
 */
export class GeometryWriter {
  private readonly plain = new Map<MeshData, Accessors>();
  private readonly tangent = new Map<MeshData, Accessors>();
  private readonly meshes = new Map<string, Mesh>();
  private readonly dataIds = new Map<MeshData, number>();
  private readonly projected = new Map<MeshData, Map<string, MeshData>>();
  private readonly materialIds = new Map<Material, number>();

  constructor(
    private readonly doc: Document,
    private readonly buffer: GltfBuffer,
  ) {}

  /**
   * The glTF mesh for generated geometry drawn with a material plan at a world placement. Meshes are shared
   * whenever the result would be identical: same geometry, material, projection and (for world-scaled UVs)
   * scale, and (for slope blends) orientation.
   */
  mesh(data: MeshData, plan: MaterialPlan, name: string, world: Matrix4): Mesh {
    return this.combined([{ data, plan }], name, world);
  }

  /**
   * One glTF mesh with a primitive per part (a prop's slots: wood, metal, flame…), so a prop is one node and
   * identical props share one mesh — what GPU instancing then batches.
   */
  combined(parts: { data: MeshData; plan: MaterialPlan }[], name: string, world: Matrix4): Mesh {
    const t = new Vector3();
    const q = new Quaternion();
    const s = new Vector3();
    world.decompose(t, q, s);
    const scale: [number, number, number] = [Math.abs(s.x), Math.abs(s.y), Math.abs(s.z)];
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    const keyOf = ({ data, plan }: { data: MeshData; plan: MaterialPlan }) =>
      [
        this.dataId(data),
        this.id(plan.material),
        plan.projection,
        plan.projection === 'uv' ? '' : `${plan.projection === 'box' || plan.projection === 'planar' ? 1 : plan.tileSizeM}:${scale.map(r4).join(',')}`,
        plan.slope ? `${this.id(plan.slope.other)}:${[q.x, q.y, q.z, q.w].map(r4).join(',')}` : '',
      ].join('|');
    const key = parts.map(keyOf).join('/');
    let mesh = this.meshes.get(key);
    if (mesh) return mesh;
    mesh = this.doc.createMesh(name);
    for (const { data, plan } of parts) {
      const surface = this.project(data, plan, scale);
      if (plan.slope) {
        const rotate = (n: [number, number, number]): [number, number, number] => {
          const v = new Vector3(...n).applyQuaternion(q);
          return [v.x, v.y, v.z];
        };
        const [a, b] = splitBySlope(surface, plan.slope.threshold, plan.slope.invert, rotate);
        if (a.indices.length) mesh.addPrimitive(this.primitive(a, plan.material));
        if (b.indices.length) mesh.addPrimitive(this.primitive(b, plan.slope.other));
      } else {
        mesh.addPrimitive(this.primitive(surface, plan.material));
      }
    }
    this.meshes.set(key, mesh);
    return mesh;
  }

  private dataId(d: MeshData): number {
    let n = this.dataIds.get(d);
    if (n === undefined) this.dataIds.set(d, (n = this.dataIds.size + 1));
    return n;
  }

  private id(m: Material): number {
    let n = this.materialIds.get(m);
    if (n === undefined) this.materialIds.set(m, (n = this.materialIds.size));
    return n;
  }

  /**
   * Box and planar UVs are made in metres (the material scales them to its tile size with
   * KHR_texture_transform), so one projected mesh serves every material; cylindrical and spherical UVs need
   * the tile size to close their seams with whole tiles.
   */
  private project(data: MeshData, plan: MaterialPlan, scale: [number, number, number]): MeshData {
    if (plan.projection === 'uv') return data;
    const tile = plan.projection === 'box' || plan.projection === 'planar' ? 1 : plan.tileSizeM;
    const key = `${plan.projection}:${tile}:${scale.join(',')}`;
    let byKey = this.projected.get(data);
    if (!byKey) this.projected.set(data, (byKey = new Map()));
    let out = byKey.get(key);
    if (!out) byKey.set(key, (out = projectUvs(data, plan.projection, tile, scale)));
    return out;
  }

  private primitive(data: MeshData, material: Material) {
    const withTangents = material.getNormalTexture() !== null;
    // Projected UVs come with exact tangents; other normal-mapped meshes go through MikkTSpace.
    const a = !withTangents ? this.plainAccessors(data) : data.tangents ? this.plainAccessors(data, true) : this.tangentAccessors(data);
    const prim = this.doc
      .createPrimitive()
      .setAttribute('POSITION', a.position)
      .setAttribute('NORMAL', a.normal)
      .setAttribute('TEXCOORD_0', a.uv)
      .setMaterial(material);
    if (a.tangent) prim.setAttribute('TANGENT', a.tangent);
    if (a.indices) prim.setIndices(a.indices);
    return prim;
  }

  private accessor(type: 'VEC2' | 'VEC3' | 'VEC4' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array): Accessor {
    return this.doc.createAccessor().setType(type).setArray(array).setBuffer(this.buffer);
  }

  private plainAccessors(data: MeshData, withTangents = false): Accessors {
    let a = this.plain.get(data);
    if (!a) {
      const vertexCount = data.positions.length / 3;
      a = {
        position: this.accessor('VEC3', data.positions),
        normal: this.accessor('VEC3', data.normals),
        uv: this.accessor('VEC2', data.uvs),
        indices: this.accessor('SCALAR', vertexCount <= 65535 ? Uint16Array.from(data.indices) : data.indices),
      };
      this.plain.set(data, a);
    }
    if (withTangents && data.tangents && !a.tangent) a.tangent = this.accessor('VEC4', data.tangents);
    return withTangents ? a : { ...a, tangent: undefined };
  }

  /** MikkTSpace works on unindexed triangles; the result is welded again so shared vertices stay shared. */
  private tangentAccessors(data: MeshData): Accessors {
    let a = this.tangent.get(data);
    if (a) return a;
    const n = data.indices.length;
    const pos = new Float32Array(n * 3);
    const nor = new Float32Array(n * 3);
    const uv = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      const v = data.indices[i]!;
      pos.set(data.positions.subarray(v * 3, v * 3 + 3), i * 3);
      nor.set(data.normals.subarray(v * 3, v * 3 + 3), i * 3);
      // MikkTSpace expects glTF's UV orientation (v down); three.js UVs point v up, so flip for the basis.
      uv[i * 2] = data.uvs[v * 2]!;
      uv[i * 2 + 1] = 1 - data.uvs[v * 2 + 1]!;
    }
    const tangents = generateTangents(pos, nor, uv);
    for (let i = 0; i < n; i++) uv[i * 2 + 1] = 1 - uv[i * 2 + 1]!;
    const prim = this.doc
      .createPrimitive()
      .setAttribute('POSITION', this.accessor('VEC3', pos))
      .setAttribute('NORMAL', this.accessor('VEC3', nor))
      .setAttribute('TEXCOORD_0', this.accessor('VEC2', uv))
      .setAttribute('TANGENT', this.accessor('VEC4', tangents));
    weldPrimitive(prim);
    a = {
      position: prim.getAttribute('POSITION')!,
      normal: prim.getAttribute('NORMAL')!,
      uv: prim.getAttribute('TEXCOORD_0')!,
      tangent: prim.getAttribute('TANGENT')!,
      indices: prim.getIndices() ?? undefined,
    };
    prim.dispose();
    this.tangent.set(data, a);
    return a;
  }
}

interface Accessors {
  position: Accessor;
  normal: Accessor;
  uv: Accessor;
  tangent?: Accessor;
  indices?: Accessor | undefined;
}
