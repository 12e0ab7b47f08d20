// The optional photo of a website-form report: at most 5 MB of JPEG, PNG or WebP, re-encoded by sharp so that no
// metadata survives (camera, time, and above all the GPS position of the citizen's home). The position is kept,
// as a separate location on the message, only when the citizen ticked "bagikan lokasi foto".
import exifReader from 'exif-reader';
import sharp from 'sharp';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
const LONGEST_SIDE = 2048;

export class PhotoRejected extends Error {}

export interface CleanPhoto {
  data: Buffer;
  mimeType: 'image/jpeg';
  location?: { latitude: number; longitude: number };
}

export function decodePhoto(base64: string): Buffer {
  const body = base64.replace(/^data:[\w/+.-]+;base64,/, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new PhotoRejected('Foto tidak terbaca (bukan base64).');
  const data = Buffer.from(body, 'base64');
  if (data.length === 0) throw new PhotoRejected('Foto kosong.');
  if (data.length > PHOTO_MAX_BYTES) throw new PhotoRejected('Foto terlalu besar: maksimal 5 MB.');
  return data;
}

const degrees = (dms: number[] | undefined, ref: string | undefined, negative: string) => {
  if (!dms || dms.length < 3 || dms.some((n) => !Number.isFinite(n))) return undefined;
  const value = dms[0] + dms[1] / 60 + dms[2] / 3600;
  return ref?.toUpperCase() === negative ? -value : value;
};

/** The GPS position in the photo's EXIF, if any and plausible. */
export function exifLocation(exif: Buffer | undefined) {
  if (!exif) return undefined;
  let gps;
  try {
    gps = exifReader(exif).GPSInfo;
  } catch {
    return undefined;
  }
  const latitude = degrees(gps?.GPSLatitude, gps?.GPSLatitudeRef, 'S');
  const longitude = degrees(gps?.GPSLongitude, gps?.GPSLongitudeRef, 'W');
  if (latitude === undefined || longitude === undefined) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0))
    return undefined;
  return { latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)) };
}

export async function cleanPhoto(data: Buffer, shareLocation: boolean): Promise<CleanPhoto> {
  const image = sharp(data, { failOn: 'error', limitInputPixels: 50_000_000 });
  let metadata;
  try {
    metadata = await image.metadata();
  } catch {
    throw new PhotoRejected('Berkas ini bukan foto yang bisa dibaca. Gunakan JPG, PNG atau WebP.');
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format))
    throw new PhotoRejected('Jenis foto tidak didukung. Gunakan JPG, PNG atau WebP.');
  // sharp writes no metadata unless asked to: the re-encoded JPEG carries no EXIF, XMP or GPS.
  const cleaned = await image
    .rotate()
    .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
    .catch(() => {
      throw new PhotoRejected('Foto rusak atau tidak lengkap. Coba pilih foto lain.');
    });
  const location = shareLocation ? exifLocation(metadata.exif) : undefined;
  return { data: cleaned, mimeType: 'image/jpeg', ...(location ? { location } : {}) };
}
