// How a partner's TypeScript endpoint checks a webhook delivery (docs/partners.md), with Web Crypto (Node.js 18+,
// Deno, browsers): DeltaShare-Signature is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with
// the subscription's secret. Compiled and run by every build (verify-webhook.check.ts).

/** How far the signing time may be from our clock, in seconds: an older delivery is a replay. */
const TOLERANCE_SECONDS = 300;

export async function verifyWebhook(
  secret: string,
  signature: string,
  rawBody: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<boolean> {
  const parts = new Map(signature.split(",").map((part) => {
    const equals = part.indexOf("=");
    return [part.slice(0, equals), part.slice(equals + 1)] as [string, string];
  }));
  const t = parts.get("t");
  const v1 = parts.get("v1");
  if (t === undefined || v1 === undefined || !/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/.test(v1)) {
    return false;
  }
  if (Math.abs(nowSeconds - Number(t)) > TOLERANCE_SECONDS) {
    return false;
  }
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const mac = new Uint8Array(v1.match(/../g)!.map((pair) => parseInt(pair, 16)));
  // verify compares in constant time
  return crypto.subtle.verify("HMAC", key, mac, encoder.encode(`${t}.${rawBody}`));
}
