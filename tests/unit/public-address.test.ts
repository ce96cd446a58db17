/**
 * SITE_URL: the one public address every QR code and printed address uses. Unset is allowed (with a
 * warning); an address no phone could open, or one with a path, is refused.
 */
import { describe, expect, it } from 'vitest';
import { publicAddress } from '../../integrations/public-address.ts';
import { NO_PUBLIC_URL, publicUrl, roleUrl } from '../../src/urls.ts';

const refused = (value: string) => {
  const a = publicAddress(value);
  return 'error' in a ? a.error : null;
};

describe('SITE_URL', () => {
  it('unset or blank: no site, and a warning that says what to set', () => {
    for (const value of [undefined, '', '  ']) {
      const a = publicAddress(value);
      expect(a).toMatchObject({ site: undefined });
      expect('warning' in a && a.warning).toContain('SITE_URL');
    }
  });

  it('a public origin is the site, written with its trailing slash', () => {
    expect(publicAddress('https://example.org')).toEqual({ site: 'https://example.org/' });
    expect(publicAddress(' https://liushou.example.gov.cn/ ')).toEqual({ site: 'https://liushou.example.gov.cn/' });
    expect(publicAddress('http://example.org:8080')).toEqual({ site: 'http://example.org:8080/' });
    expect(publicAddress('https://203.0.113.9')).toEqual({ site: 'https://203.0.113.9/' });
  });

  it.each([
    'http://127.0.0.1:4321', 'http://localhost:4321/', 'http://app.localhost', 'http://0.0.0.0',
    'http://10.1.2.3', 'http://172.16.0.1', 'http://172.31.255.1', 'http://192.168.1.10', 'http://169.254.1.1',
    'http://100.64.0.1', 'http://[::1]/', 'http://[fd12::1]', 'http://[fe80::1]', 'http://[::ffff:127.0.0.1]',
    'http://printer.local', 'http://intranet', 'http://server.lan', 'http://nas.home.arpa',
  ])('refuses %s: no phone could open it', (value) => {
    expect(refused(value)).toMatch(/no phone outside this machine can open/);
  });

  it('refuses what is not an http(s) origin at the root, each with its reason', () => {
    expect(refused('example.org')).toMatch(/is not an address/);
    expect(refused('ftp://example.org')).toMatch(/must start with https:\/\//);
    expect(refused('https://user:pw@example.org')).toMatch(/user name and password/);
    expect(refused('https://example.org/liushou/')).toMatch(/a path \(Astro's base\) is not supported/);
    expect(refused('https://example.org/?a=1')).toMatch(/origin alone/);
  });

  it('keeps public neighbours of the private ranges', () => {
    for (const value of ['http://172.15.0.1', 'http://172.32.0.1', 'http://192.169.0.1', 'http://11.0.0.1']) {
      expect(refused(value), value).toBeNull();
    }
  });
});

describe('publicUrl', () => {
  it('puts a page under the public address, and is null without one', () => {
    expect(publicUrl(roleUrl('school', 'longli-2017'), new URL('https://example.org/'))).toBe('https://example.org/roles/school/longli-2017/');
    expect(publicUrl(roleUrl('school', 'longli-2017'), undefined)).toBeNull();
    expect(NO_PUBLIC_URL).toBe('网址未设置');
  });
});
