import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { compileHostMatcher, LOCALHOST_NAMES, resolveAllowedHosts } from './allowed-hosts.js';

describe('compileHostMatcher', () => {
  const matches = compileHostMatcher(['localhost', '[::1]', 'api.example.com', '.example.org']);

  it.each([
    ['localhost', true],
    ['localhost:8000', true],
    ['LOCALHOST:8000', true],
    ['[::1]:8000', true],
    ['api.example.com', true],
    ['example.org', true],
    ['eu.example.org:443', true],
    ['evil.example', false],
    ['api.example.com.evil.example', false],
    ['evilexample.org', false],
    ['localhost.evil.example', false],
    ['user@localhost', false],
    ['', false],
  ])('%j → %s', (host, expected) => {
    expect(matches(host)).toBe(expected);
  });

  it('matches any host with *', () => {
    expect(compileHostMatcher(['*'])('anything.example:1')).toBe(true);
  });
});

describe('resolveAllowedHosts', () => {
  it('allows localhost and the listening address, PUBLIC_URL and ALLOWED_HOSTS', () => {
    expect(resolveAllowedHosts({ host: '127.0.0.1', allowedHosts: [] })).toEqual(LOCALHOST_NAMES);
    expect(
      resolveAllowedHosts({
        host: '::1',
        publicUrl: 'https://Api.Example.com/v1',
        allowedHosts: ['.hogs.io'],
      }),
    ).toEqual(['localhost', '127.0.0.1', '[::1]', 'api.example.com', '.hogs.io']);
    expect(resolveAllowedHosts({ host: '10.1.2.3', allowedHosts: [] })).toEqual([
      ...LOCALHOST_NAMES,
      '10.1.2.3',
    ]);
  });

  it('allows every interface address when listening on all of them', () => {
    const addresses = Object.values(networkInterfaces()).flatMap((list) =>
      (list ?? []).map(({ address }) => (address.includes(':') ? `[${address}]` : address)),
    );
    expect(resolveAllowedHosts({ host: '0.0.0.0', allowedHosts: [] })).toEqual([
      ...new Set([...LOCALHOST_NAMES, ...addresses]),
    ]);
  });
});
