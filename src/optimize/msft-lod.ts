/**
 * MSFT_lod for glTF-Transform, which has no built-in support: a node lists lower-detail nodes (ids, best to
 * worst) and carries the screen coverage at which each level takes over in extras.MSFT_screencoverage.
 * https://github.com/KhronosGroup/glTF/tree/main/extensions/2.0/Vendor/MSFT_lod
 */
import { Extension, ExtensionProperty, PropertyType, RefList, type IProperty, type Node, type ReaderContext, type WriterContext } from '@gltf-transform/core';

export const MSFT_LOD = 'MSFT_lod';

interface ILod extends IProperty {
  levels: RefList<Node>;
}

export class Lod extends ExtensionProperty<ILod> {
  static override EXTENSION_NAME = MSFT_LOD;
  declare extensionName: typeof MSFT_LOD;
  declare propertyType: 'Lod';
  declare parentTypes: [PropertyType.NODE];

  protected override init(): void {
    this.extensionName = MSFT_LOD;
    this.propertyType = 'Lod';
    this.parentTypes = [PropertyType.NODE];
  }

  protected override getDefaults() {
    return Object.assign(super.getDefaults(), { levels: new RefList<Node>() });
  }

  addLevel(node: Node): this {
    return this.addRef('levels', node);
  }

  listLevels(): Node[] {
    return this.listRefs('levels');
  }
}

export class MSFTLod extends Extension {
  override readonly extensionName = MSFT_LOD;
  static override readonly EXTENSION_NAME = MSFT_LOD;

  createLod(): Lod {
    return new Lod(this.document.getGraph());
  }

  read(context: ReaderContext): this {
    const nodeDefs = context.jsonDoc.json.nodes ?? [];
    nodeDefs.forEach((def, i) => {
      const ext = (def.extensions as Record<string, { ids?: number[] }> | undefined)?.[MSFT_LOD];
      if (!ext?.ids) return;
      const lod = this.createLod();
      for (const id of ext.ids) lod.addLevel(context.nodes[id]!);
      context.nodes[i]!.setExtension(MSFT_LOD, lod);
    });
    return this;
  }

  write(context: WriterContext): this {
    const json = context.jsonDoc.json;
    for (const node of this.document.getRoot().listNodes()) {
      const lod = node.getExtension<Lod>(MSFT_LOD);
      if (!lod) continue;
      const index = context.nodeIndexMap.get(node);
      if (index === undefined) continue;
      const def = json.nodes![index]!;
      def.extensions = def.extensions ?? {};
      def.extensions[MSFT_LOD] = { ids: lod.listLevels().map((n) => context.nodeIndexMap.get(n)!) };
    }
    return this;
  }
}
