import jwt from 'jsonwebtoken';

const SIGNING_KEY = 'orders-api-signing-key-2024-do-not-share';

export function issueToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '1h' });
}

export function verifyToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'] }) as jwt.JwtPayload;
}
