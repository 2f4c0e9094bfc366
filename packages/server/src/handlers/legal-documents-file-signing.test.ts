import { describe, expect, it } from 'vitest';
import {
  fileSigningSettings,
  LEGAL_DOCUMENT_URL_TTL_SECONDS,
  resolveFileSigningKey,
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
    const key = resolveFileSigningKey({ fileSigningKey: 'k1' });
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
    const key = resolveFileSigningKey({ fileSigningKey: 'k1' });
    const { expires, signature } = parts(signFilePath(key, file, now));
    const otherKey = resolveFileSigningKey({ fileSigningKey: 'k2' });
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

  it('takes FILE_SIGNING_KEY first, derives a shared key from a PostgreSQL URL, else one key per process', () => {
    const pg = 'postgres://orgapi:secret@db:5432/orgapi';
    expect(resolveFileSigningKey({ fileSigningKey: 'k', databaseUrl: pg })).toEqual(Buffer.from('k'));
    const derived = resolveFileSigningKey({ databaseUrl: pg });
    expect(resolveFileSigningKey({ databaseUrl: pg })).toEqual(derived);
    expect(resolveFileSigningKey({ databaseUrl: 'postgres://orgapi:other@db:5432/orgapi' })).not.toEqual(
      derived,
    );
    const local = resolveFileSigningKey({ databaseUrl: 'sqlite:./data/orgapi.db' });
    expect(resolveFileSigningKey({})).toEqual(local);
    expect(local).not.toEqual(derived);
    expect(local).toHaveLength(32);
  });

  it('reads the signing settings from the app settings (the whole Config at run time)', () => {
    const settings = { validateResponses: true, fileSigningKey: 'k', databaseUrl: 'sqlite:x.db' };
    expect(fileSigningSettings(settings)).toEqual({ fileSigningKey: 'k', databaseUrl: 'sqlite:x.db' });
    expect(fileSigningSettings({})).toEqual({ fileSigningKey: undefined, databaseUrl: undefined });
  });
});
