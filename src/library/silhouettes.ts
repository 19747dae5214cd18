/**
 * Silhouettes the proxy generator can block out, each recognisable at a glance in a storyboard frame. Apart from
 * the dimension table so the geometry registry can name them without loading the table's data.
 */
import { z } from 'zod';

export const SILHOUETTES = ['box', 'cylinder', 'sphere', 'figure', 'quadruped', 'vehicle', 'plant', 'building', 'flat'] as const;
export const Silhouette = z.enum(SILHOUETTES);
export type Silhouette = z.infer<typeof Silhouette>;
