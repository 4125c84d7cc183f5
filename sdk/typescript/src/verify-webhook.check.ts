// Runs the guide's webhook check against a delivery signed as the gateway signs (the vector the Java example's test
// uses too); every build runs it and fails when it does not hold.
import { verifyWebhook } from "./verify-webhook";

const secret = "whsec-example-secret";
const body = '{"deliveryId":"6f7c2e1a-0000-4000-8000-000000000001","type":"io.deltashare.booking.BookingConfirmed.v1"}';
const signature = "t=1795420800,v1=5a23264c365705bb4295076171d951df564b22f7266bded80e2131a0584ddfea";

async function check(): Promise<void> {
  const cases: Array<[string, Promise<boolean>, boolean]> = [
    ["as signed", verifyWebhook(secret, signature, body, 1795420830), true],
    ["another body", verifyWebhook(secret, signature, body.replace("Confirmed", "Cancelled"), 1795420800), false],
    ["another secret", verifyWebhook("another-secret", signature, body, 1795420800), false],
    ["a replay", verifyWebhook(secret, signature, body, 1795421101), false],
    ["no timestamp", verifyWebhook(secret, "v1=5a23", body, 1795420800), false],
  ];
  for (const [name, verdict, expected] of cases) {
    if ((await verdict) !== expected) {
      throw new Error(`webhook verification, ${name}: expected ${expected}`);
    }
  }
  console.log(`webhook verification: ${cases.length} cases hold`);
}

check();
