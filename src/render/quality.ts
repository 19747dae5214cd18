/**
 * Render quality levels: how much of the frame's cost to spend. Presets are data; the numbers were chosen for
 * a 2-core machine rendering through SwiftShader (MSAA tops out at 4 samples there).
 */
import type { QualityJob } from './protocol.js';

export const RENDER_QUALITIES = ['draft', 'preview', 'final'] as const;
export type RenderQuality = (typeof RENDER_QUALITIES)[number];

export const RENDER_QUALITY: Record<RenderQuality, QualityJob & { description: string }> = {
  draft: {
    description: 'half-resolution beauty, small hard shadows, no anti-aliasing, glass without refraction, no motion blur or reflections: blocking and timing',
    resolutionScale: 0.5, shadowMapSize: 1024, msaa: 0, effectsScale: 0.25, maxLights: 8, maxShadowLights: 1,
    shadowFilter: 'basic', shadowSoftness: 0, ssao: false, autoReflections: false, motionSamples: 1, transmissionScale: 0, godRaySamples: 24, weatherParticles: 600,
  },
  preview: {
    description: 'full resolution, 2048² filtered shadows, 2× MSAA, half-resolution refraction, effects at 30 % resolution, no motion blur (a storyboard frame is a still; blur tripled its cost): storyboards and reviews',
    resolutionScale: 1, shadowMapSize: 2048, msaa: 2, effectsScale: 0.3, maxLights: 16, maxShadowLights: 2,
    shadowFilter: 'pcf', shadowSoftness: 1, ssao: false, autoReflections: false, motionSamples: 1, transmissionScale: 0.5, godRaySamples: 40, weatherParticles: 1500,
  },
  final: {
    description: 'full resolution, 4096² soft shadows, 4× MSAA, ambient occlusion, reflections on wet or polished floors, full-resolution refraction and effects, 6-sample motion blur',
    resolutionScale: 1, shadowMapSize: 4096, msaa: 4, effectsScale: 1, maxLights: 32, maxShadowLights: 4,
    shadowFilter: 'pcf', shadowSoftness: 2, ssao: true, autoReflections: true, motionSamples: 6, transmissionScale: 1, godRaySamples: 80, weatherParticles: 3000,
  },
};

/** Largest frame edge and pixel count a render accepts (budgets, checked before any work). */
export const MAX_FRAME_EDGE = 8192;
export const MAX_FRAME_PIXELS = 7680 * 4320;
