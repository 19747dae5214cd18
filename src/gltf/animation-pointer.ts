/**
 * KHR_animation_pointer for glTF-Transform, which has no support for it: an animation's samplers drive any
 * property by JSON pointer — here light intensity and colour. Samplers are ordinary glTF-Transform
 * samplers (so their accessors are written normally); this extension adds the channels that point at them.
 * https://github.com/KhronosGroup/glTF/tree/main/extensions/2.0/Khronos/KHR_animation_pointer
 */
import { Extension, ExtensionProperty, PropertyType, RefList, type AnimationSampler, type IProperty, type ReaderContext, type WriterContext } from '@gltf-transform/core';

export const KHR_ANIMATION_POINTER = 'KHR_animation_pointer';

interface IPointerChannels extends IProperty {
  samplers: RefList<AnimationSampler>;
  /** JSON pointer per sampler, in the same order; `{light:NAME}` is resolved to the light's index on write. */
  pointers: string[];
}

export class PointerChannels extends ExtensionProperty<IPointerChannels> {
  static override EXTENSION_NAME = KHR_ANIMATION_POINTER;
  declare extensionName: typeof KHR_ANIMATION_POINTER;
  declare propertyType: 'PointerChannels';
  declare parentTypes: [PropertyType.ANIMATION];

  protected override init(): void {
    this.extensionName = KHR_ANIMATION_POINTER;
    this.propertyType = 'PointerChannels';
    this.parentTypes = [PropertyType.ANIMATION];
  }

  protected override getDefaults() {
    return Object.assign(super.getDefaults(), { samplers: new RefList<AnimationSampler>(), pointers: [] as string[] });
  }

  add(sampler: AnimationSampler, pointer: string): this {
    this.addRef('samplers', sampler);
    return this.set('pointers', [...this.get('pointers'), pointer]);
  }

  list(): { sampler: AnimationSampler; pointer: string }[] {
    const pointers = this.get('pointers');
    return this.listRefs('samplers').map((sampler, i) => ({ sampler, pointer: pointers[i]! }));
  }
}

export class KHRAnimationPointer extends Extension {
  override readonly extensionName = KHR_ANIMATION_POINTER;
  static override readonly EXTENSION_NAME = KHR_ANIMATION_POINTER;

  createPointerChannels(): PointerChannels {
    return new PointerChannels(this.document.getGraph());
  }

  /** Reading keeps the file's animations playable elsewhere; pointer channels are not re-imported. */
  read(_context: ReaderContext): this {
    return this;
  }

  write(context: WriterContext): this {
    const json = context.jsonDoc.json;
    // KHR_lights_punctual writes after this extension (alphabetical order) and numbers lights in the order it
    // created them; the same order gives the indices here.
    const lightsExt = this.document
      .getRoot()
      .listExtensionsUsed()
      .find((e) => e.extensionName === 'KHR_lights_punctual') as unknown as { properties?: Set<{ getName(): string }> } | undefined;
    const lightNames = [...(lightsExt?.properties ?? [])].map((l) => l.getName());
    for (const animation of this.document.getRoot().listAnimations()) {
      const channels = animation.getExtension<PointerChannels>(KHR_ANIMATION_POINTER);
      if (!channels) continue;
      const index = context.animationIndexMap.get(animation);
      if (index === undefined) continue;
      const def = json.animations![index]!;
      for (const { sampler, pointer } of channels.list()) {
        const resolved = pointer.replace(/\{light:([^}]+)\}/, (_, name: string) => String(lightNames.indexOf(name)));
        if (/\/lights\/-1\//.test(resolved)) continue;
        def.channels.push({ sampler: animation.listSamplers().indexOf(sampler), target: { path: 'pointer', extensions: { [KHR_ANIMATION_POINTER]: { pointer: resolved } } } } as never);
      }
    }
    return this;
  }
}
