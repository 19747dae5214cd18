/**
 * Frame checks kept with a storyboard folder: each rendered shot's check on its storyboard.json entry, its
 * findings as report.json warnings and as the card's ⚠ notes. generate writes them once; refine and undo replace
 * those of the shots they re-render, so no card keeps the verdict on a frame that is gone.
 */
import type { Report } from '../planner/report.js';
import type { SceneSpec } from '../scene/schema.js';
import { objectBounds } from '../geometry/bounds.js';
import type { StoryboardJson } from '../planner/plan.js';
import { checkWarnings, type FrameCheck, type SubjectInfo } from './frame-check.js';

/** storyboard.json as generate writes it: each rendered shot carries its frame check. */
export interface CheckedStoryboard extends StoryboardJson {
  shots: (StoryboardJson['shots'][number] & { checks?: Omit<FrameCheck, 'id' | 'size'> })[];
}

/** Which subject ids are people and how large the things are, as the report knows them: the check's bands differ. */
export function subjectInfoFrom(objects: Report['objects']): SubjectInfo {
  const byId = new Map(objects.map((o) => [o.id, o]));
  return (id) => {
    const o = byId.get(id);
    if (!o || o.kind === 'person') return { person: o?.kind === 'person' };
    return { person: false, sizeM: [0, 1, 2].map((k) => o.bbox_max[k]! - o.bbox_min[k]!) as [number, number, number] };
  };
}

/** The same for a scene spec: people are its stand-in figures and what it tags 'person', things measured by their world bounds. */
export function subjectInfoFromSpec(spec: SceneSpec): SubjectInfo {
  const bounds = objectBounds(spec);
  const byId = new Map(spec.objects.map((o) => [o.id, o]));
  return (id) => {
    const o = byId.get(id);
    if ((o?.geometry as { type?: string } | undefined)?.type === 'person' || o?.tags.includes('person')) return { person: true };
    const b = bounds.get(id);
    return b ? { person: false, sizeM: [0, 1, 2].map((k) => b.max[k]! - b.min[k]!) as [number, number, number] } : { person: false };
  };
}

/** The storyboard's shots with these checks in place of any earlier ones; the shot's id and size are already on it. */
export function withChecks(sb: StoryboardJson, checks: FrameCheck[]): CheckedStoryboard {
  const byId = new Map(checks.map(({ id, size: _size, ...check }) => [id, check]));
  return { ...sb, shots: sb.shots.map((s) => (byId.has(s.id) ? { ...s, checks: byId.get(s.id)! } : s)) };
}

/** The warnings with the checked shots' earlier check lines ("shot-02 (MS): …") replaced by the new findings. */
export function withCheckWarnings(warnings: string[], checks: FrameCheck[]): string[] {
  const ids = new Set(checks.map((c) => c.id));
  const earlier = (w: string) => [...ids].some((id) => w.startsWith(`${id} (`) || w.startsWith(`${id}:`));
  return [...warnings.filter((w) => !earlier(w)), ...checkWarnings(checks)];
}

/** The card notes of every checked shot in storyboard.json, for laying the sheet out again. */
export function storedCardNotes(sb: CheckedStoryboard): Record<string, string[]> {
  return Object.fromEntries(sb.shots.filter((s) => s.checks?.findings.length).map((s) => [s.id, s.checks!.findings.map((f) => f.note)]));
}
