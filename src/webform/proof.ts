// The anti-spam gate of the website form: a self-hosted proof of work in the open ALTCHA protocol (v2, SHA-256),
// no third-party captcha. The server signs a challenge; the citizen's browser searches for a counter whose hash
// starts with the prefix (about 65,000 hashes: a second or two on a phone, costly by the thousand); the server
// checks the signature, the expiry and the hash, and accepts each solved challenge once (a mark in Redis).
import { createHmac } from 'node:crypto';
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Redis } from 'ioredis';

export const PROOF_ALGORITHM = 'SHA-256';
/** Four hex zeros: 16 bits of work on average. */
export const PROOF_KEY_PREFIX = '0000';
export const PROOF_TTL_SECONDS = 300;

export class ProofRejected extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly code: 'proof_required' | 'proof_invalid',
    message: string,
  ) {
    super(message);
  }
}

/** The signing secret, derived from JWT_SECRET so no new secret has to be configured. */
export const proofSecret = (jwtSecret: string) =>
  createHmac('sha256', jwtSecret).update('aspirasi:webform-proof-of-work').digest('hex');

export async function newChallenge(secret: string, now = Date.now()): Promise<Challenge> {
  return createChallenge({
    algorithm: PROOF_ALGORITHM,
    cost: 1,
    keyPrefix: PROOF_KEY_PREFIX,
    deriveKey,
    expiresAt: Math.floor(now / 1000) + PROOF_TTL_SECONDS,
    hmacSignatureSecret: secret,
  });
}

interface ProofPayload {
  challenge: Challenge;
  solution: Solution;
}

function decode(proof: string): ProofPayload {
  try {
    const json = JSON.parse(Buffer.from(proof, 'base64').toString('utf8'));
    if (json && typeof json === 'object' && json.challenge?.parameters && json.solution) return json;
  } catch {
    // reported below
  }
  throw new ProofRejected(
    403,
    'proof_invalid',
    'Bukti anti-spam tidak terbaca. Muat ulang halaman dan kirim lagi.',
  );
}

/** Throws ProofRejected unless `proof` solves a challenge we signed, still valid and never used before. */
export async function acceptProof(redis: Redis, prefix: string, secret: string, proof: unknown) {
  if (typeof proof !== 'string' || proof.length === 0)
    throw new ProofRejected(
      400,
      'proof_required',
      'Laporan ditolak: bukti anti-spam (proof of work) tidak ada. Kirim laporan lewat formulir di halaman /lapor.',
    );
  const payload = decode(proof);
  if (payload.challenge.parameters.algorithm !== PROOF_ALGORITHM)
    throw new ProofRejected(403, 'proof_invalid', 'Bukti anti-spam memakai algoritme yang tidak dikenal.');
  const result = await verifySolution({
    challenge: payload.challenge,
    solution: payload.solution,
    deriveKey,
    hmacSignatureSecret: secret,
  }).catch(() => ({ verified: false, expired: false }));
  if (result.expired)
    throw new ProofRejected(403, 'proof_invalid', 'Bukti anti-spam sudah kedaluwarsa. Kirim ulang laporan.');
  if (!result.verified)
    throw new ProofRejected(
      403,
      'proof_invalid',
      'Bukti anti-spam tidak sah. Muat ulang halaman dan kirim lagi.',
    );
  // Once only: the challenge's signature is unique; the mark lives as long as the challenge could.
  const fresh = await redis.set(
    `${prefix}:webform:proof:${payload.challenge.signature}`,
    '1',
    'EX',
    PROOF_TTL_SECONDS + 60,
    'NX',
  );
  if (fresh !== 'OK')
    throw new ProofRejected(403, 'proof_invalid', 'Bukti anti-spam ini sudah dipakai. Kirim ulang laporan.');
}
