// A citizen's browser, as far as the website form needs one: solve the proof of work and send a report.
import { randomInt, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { solveFormProof as solvedProof } from '../../adapters/webform/simulate.js';

export { solvedProof };

/** Each report from its own address (the test app believes one proxy), so per-address limits stay out of the way. */
export const citizenAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export async function postReport(baseUrl: string, fields: Record<string, unknown>, proof?: string | null) {
  const body = {
    submissionId: randomUUID(),
    consent: true,
    ...fields,
    ...(proof === null ? {} : { proof: proof ?? (await solvedProof(baseUrl)) }),
  };
  const res = await fetch(`${baseUrl}/api/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': citizenAddress() },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any, sent: body };
}

/** A small JPEG whose EXIF says where it was taken (Samarinda) and with which camera. */
export async function photoWithGps(): Promise<string> {
  const jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#7a5' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraWarga' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '0/1 30/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '117/1 9/1 0/1',
      },
    })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
