import jwt from 'jsonwebtoken';
import type { Role } from '../domain/labels.js';

export interface TokenClaims {
  sub: string; // user id
  role: Role;
  agencyId: string;
}

const TOKEN_TTL = '12h'; // one working day plus overtime

export function signToken(claims: TokenClaims, secret: string): string {
  return jwt.sign(claims, secret, { expiresIn: TOKEN_TTL, algorithm: 'HS256' });
}

export function verifyToken(token: string, secret: string): TokenClaims | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    return typeof payload === 'object' && payload.sub ? (payload as unknown as TokenClaims) : null;
  } catch {
    return null;
  }
}
