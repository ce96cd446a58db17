/**
 * The site's public address: Astro's `site`, read from the environment variable SITE_URL, so that
 * every QR code, printed address and share link opens on anyone's phone. Unset, `site` stays unset
 * and the printed pages say 网址未设置 with no code (src/urls.ts: `publicUrl`); the build warns once.
 *
 * Refused, with our own message and no stack trace: anything but an http(s) origin at the root (the
 * site's links, manifest, search and service worker are written from `/`, so a path — Astro's
 * `base` — is not supported), and a host no phone could reach: loopback, private, link-local or a
 * name without a public domain. No exception for CI: a test build uses https://example.org.
 */
import type { AstroIntegration } from 'astro';

/** Host names that only ever name this machine or a local network. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa|localdomain)$/;

/** IPv4 addresses no one outside this network can open: this host, loopback, private (RFC 1918), shared (RFC 6598), link-local. */
function privateIPv4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** IPv6 loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10) and IPv4-mapped private. */
function privateIPv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const h = host.slice(1, -1).toLowerCase();
  if (h === '::1' || h === '::') return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(h) || /^fe[89ab][0-9a-f]?:/.test(h)) return true;
  const mapped = /^::ffff:(.+)$/.exec(h)?.[1];
  if (!mapped) return false;
  // The URL parser writes a mapped IPv4 address in hex: ::ffff:7f00:1 is 127.0.0.1.
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(mapped);
  const v4 = hex ? [parseInt(hex[1]!, 16) >> 8, parseInt(hex[1]!, 16) & 255, parseInt(hex[2]!, 16) >> 8, parseInt(hex[2]!, 16) & 255].join('.') : mapped;
  return privateIPv4(v4);
}

/** Why a host cannot be printed, or null when it can (also read by scripts/check-addresses.ts on built pages). */
export function unreachableHost(host: string): string | null {
  if (privateIPv4(host) || privateIPv6(host)) return 'a loopback, private or link-local address';
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  if (LOCAL_NAMES.test(host)) return 'a name that only this machine or a local network knows';
  if (!host.includes('.')) return 'a name without a domain (e.g. a machine name)';
  return null;
}

export type PublicAddress = { site: string } | { site: undefined; warning: string } | { error: string };

const HOW = 'Set SITE_URL to the origin the site is served from, e.g. SITE_URL=https://liushou.example.gov.cn';

/** Reads SITE_URL: the origin to print (ending in /), the warning when it is unset, or why it is refused. */
export function publicAddress(value: string | undefined): PublicAddress {
  const raw = value?.trim();
  if (!raw) {
    return {
      site: undefined,
      warning: 'SITE_URL is not set: duty cards and print views say 网址未设置 and show no QR code, and pages carry no og:url. '
        + `${HOW} before building the site you hand out.`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: `SITE_URL=${raw} is not an address. ${HOW}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `SITE_URL=${raw}: the address must start with https:// (or http://). ${HOW}.` };
  if (url.username || url.password) return { error: `SITE_URL=${raw}: remove the user name and password; the address is printed on paper.` };
  if (url.pathname !== '/' || url.search || url.hash) {
    return { error: `SITE_URL=${raw}: give the origin alone (${url.origin}). The site is served from the root of its host; a path (Astro's base) is not supported.` };
  }
  const why = unreachableHost(url.hostname);
  if (why) return { error: `SITE_URL=${raw}: ${url.hostname} is ${why}, which no phone outside this machine can open. ${HOW}.` };
  return { site: `${url.origin}/` };
}

/**
 * Sets `site` from SITE_URL before anything else reads the config; stops the command on a refused
 * address, and warns once (build and dev) when there is none.
 */
export default function publicAddressFromEnv(): AstroIntegration {
  return {
    name: 'public-address',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const address = publicAddress(process.env.SITE_URL);
        if ('error' in address) {
          console.error(`\n${address.error}\n`);
          process.exit(1);
        }
        if ('warning' in address) {
          if (command === 'build' || command === 'dev') logger.warn(address.warning);
        } else updateConfig({ site: address.site });
      },
    },
  };
}
