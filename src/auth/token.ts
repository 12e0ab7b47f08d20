// Signed bearer tokens. A token names its user and its session; the session decides whether it still counts.
import jwt from 'jsonwebtoken';

export interface TokenClaims {
  sub: string; // user id
  sid: string; // session id (src/store/session.ts)
}

export function signToken(claims: TokenClaims, secret: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return jwt.sign({ ...claims, exp }, secret, { algorithm: 'HS256' });
}

export function verifyToken(token: string, secret: string): (TokenClaims & { exp: number }) | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
      return null;
    return { sub: payload.sub, sid: payload.sid, exp: Number(payload.exp) };
  } catch {
    return null;
  }
}
