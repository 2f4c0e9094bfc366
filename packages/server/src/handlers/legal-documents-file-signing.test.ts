import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS,
  LEGAL_DOCUMENT_URL_TTL_SECONDS,
  signFilePath,
  verifyFileSignature,
} from './legal-documents-file-signing.js';

const file = {
  organizationId: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f',
  documentId: '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a',
};
const now = new Date('2026-11-27T10:00:00.000Z');
const parts = (path: string) => {
  const url = new URL(path, 'http://localhost');
  return {
    expires: url.searchParams.get('expires') ?? undefined,
    signature: url.searchParams.get('signature') ?? undefined,
  };
};

describe('legal document file signing', () => {
  it('signs a path valid for 60 seconds, inclusive', () => {
    const key = Buffer.from('k1');
    const path = signFilePath(key, file, now);
    const { expires, signature } = parts(path);
    expect(path.startsWith(`/legal-document-files/${file.organizationId}/${file.documentId}?expires=`)).toBe(
      true,
    );
    expect(Number(expires)).toBe(now.getTime() / 1000 + LEGAL_DOCUMENT_URL_TTL_SECONDS);
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(verifyFileSignature(key, file, expires, signature, at(60))).toBe('valid');
    expect(verifyFileSignature(key, file, expires, signature, at(61))).toBe('expired');
  });

  it('refuses another key, other ids, a changed expiry and malformed values', () => {
    const key = Buffer.from('k1');
    const { expires, signature } = parts(signFilePath(key, file, now));
    const otherKey = Buffer.from('k2');
    expect(verifyFileSignature(otherKey, file, expires, signature, now)).toBe('invalid');
    expect(
      verifyFileSignature(key, { ...file, documentId: file.organizationId }, expires, signature, now),
    ).toBe('invalid');
    expect(verifyFileSignature(key, file, String(Number(expires) + 1), signature, now)).toBe('invalid');
    for (const [e, s] of [
      [undefined, signature],
      [expires, undefined],
      ['12x', signature],
      [expires, 'zz'],
      [expires, `${signature}00`],
    ]) {
      expect(verifyFileSignature(key, file, e, s, now)).toBe('invalid');
    }
  });

  it('refuses an expiry further away than the lifetime plus the clock skew, even when signed with the key', () => {
    const key = Buffer.from('k1');
    const signed = (expires: number) =>
      createHmac('sha256', key)
        .update(`${file.organizationId}\n${file.documentId}\n${expires}`)
        .digest('hex');
    const latest =
      now.getTime() / 1000 + LEGAL_DOCUMENT_URL_TTL_SECONDS + LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS;
    expect(LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS).toBe(5);
    expect(verifyFileSignature(key, file, String(latest), signed(latest), now)).toBe('valid');
    for (const expires of [latest + 1, 95_617_584_000 /* the year 5000 */]) {
      expect(verifyFileSignature(key, file, String(expires), signed(expires), now)).toBe('invalid');
    }
  });
});
