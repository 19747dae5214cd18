/**
 * Reads light off the stand-in's face in a rendered lighting swatch: each face landmark (geometry/props/head-surface.ts)
 * is projected through the frame's camera and the linear luminance around it averaged. Lighting-pattern tests and
 * the gallery speak in these readings (key/fill ratio, nose shadow, cheek triangle).
 */
import { PerspectiveCamera, Vector3 } from 'three';
import sharp from 'sharp';
import { FACE_LANDMARKS, landmarkPoint, type FaceLandmark } from '../../src/geometry/props/head-surface.js';
import { person, personHeadPoint } from '../../src/geometry/props/reference.js';
import type { CameraInfo } from '../../src/render/protocol.js';

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export type FaceReading = Record<FaceLandmark, number>;

/** Screen position (pixels) of a landmark of a figure standing at the origin with the given person params. */
function project(camera: CameraInfo, width: number, height: number, at: [number, number, number]): [number, number] {
  const cam = new PerspectiveCamera(camera.verticalFovDeg, width / height, camera.near, camera.far);
  cam.position.set(...camera.position);
  cam.lookAt(new Vector3(...camera.target));
  cam.updateMatrixWorld();
  const p = new Vector3(...at).project(cam);
  return [((p.x + 1) / 2) * width, ((1 - p.y) / 2) * height];
}

/** Mean linear luminance (0–1) of a PNG around each landmark, in a disc of `radius` pixels. */
export async function readFace(png: string, camera: CameraInfo, personParams: Record<string, unknown> = {}, radius = 2): Promise<{ luminance: FaceReading; screen: Record<FaceLandmark, [number, number]> }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const params = person.schema.parse({ type: 'person', ...personParams });
  const luminance = {} as FaceReading;
  const screen = {} as Record<FaceLandmark, [number, number]>;
  for (const name of Object.keys(FACE_LANDMARKS) as FaceLandmark[]) {
    const [sx, sy] = project(camera, info.width, info.height, personHeadPoint(params, landmarkPoint(name)));
    screen[name] = [sx, sy];
    let sum = 0;
    let n = 0;
    for (let y = Math.round(sy - radius); y <= Math.round(sy + radius); y++) {
      for (let x = Math.round(sx - radius); x <= Math.round(sx + radius); x++) {
        if (x < 0 || y < 0 || x >= info.width || y >= info.height || (x - sx) ** 2 + (y - sy) ** 2 > radius * radius) continue;
        const k = (y * info.width + x) * 3;
        sum += 0.2126 * toLinear(data[k]! / 255) + 0.7152 * toLinear(data[k + 1]! / 255) + 0.0722 * toLinear(data[k + 2]! / 255);
        n++;
      }
    }
    luminance[name] = n ? sum / n : NaN;
  }
  return { luminance, screen };
}
