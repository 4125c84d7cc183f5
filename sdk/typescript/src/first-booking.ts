// The partner guide's first booking with the TypeScript SDK (docs/partners.md), type-checked by every build.
import {
  AvailabilityApi,
  BookingsApi,
  Configuration,
  InstrumentsApi,
  ResponseError,
} from "../target/typescript-sdk/src";

/** Finds the first instrument matching {@code query} with two free hours in the coming week and books them. */
export async function firstBooking(gateway: string, accessToken: string, query: string): Promise<string> {
  const anonymous = new Configuration({ basePath: gateway });
  const signedIn = new Configuration({ basePath: gateway, accessToken: async () => accessToken });

  const found = await new InstrumentsApi(anonymous).searchInstruments({ q: query, limit: 20 });
  const now = new Date();
  const free = await new AvailabilityApi(anonymous).searchAvailability({
    category: found.items[0]?.category,
    from: now.toISOString(),
    to: new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000).toISOString(),
    minutes: "120",
  });
  const offer = free.items.find((item) => found.items.some((instrument) => instrument.id === item.instrumentId));
  const window = offer?.windows[0];
  if (offer === undefined || window === undefined) {
    throw new Error(`no instrument matching ${query} has two free hours this week`);
  }
  const end = new Date(window.start.getTime() + 2 * 60 * 60 * 1000);
  try {
    const booking = await new BookingsApi(signedIn).createBooking({
      bookingRequest: { instrumentId: offer.instrumentId, start: window.start, end },
      idempotencyKey: crypto.randomUUID(),
    });
    return booking.booking.id;
  } catch (error) {
    if (error instanceof ResponseError) {
      const problem = await error.response.json();
      throw new Error(`${error.response.status} ${problem.type}: ${problem.detail}`);
    }
    throw error;
  }
}
