/**
 * Native locations and pictures, end to end over real sockets: send_location
 * (stored as a LOCATION message, on_location for Zello clients) and Zello's
 * send_location seen natively; pictures uploaded with POST
 * /v1/conversations/:id/images (type and size from the bytes), served at
 * GET/HEAD /v1/messages/:id/image, sent to Zello clients when JPEG; Zello
 * pictures served by the same GET; maxAddressLength, maxImageBytes, bad
 * types, non-participants.
 */
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { VoxClientError } from '../../client/client-error.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { MessageHeader, ServerFrame } from '../../proto/frames.js';
import { connectDevice, PASSWORD, signupUser, startTestRouter, TRANSPORTS, type TestUser } from '../helpers/router-fixture.js';
import { packet, ZelloTestClient } from '../zello/zello-test-client.js';

const CHANNEL = 'Baker Street';
const MAX_ADDRESS = 64;
const MAX_IMAGE = 2048;
const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url));
const JPEG = fixture('gradient-24x16.jpg');
const PNG = fixture('gradient-24x16.png');
const WEBP = fixture('gradient-24x16.webp');
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The header of the next MESSAGE_NEW timeline event with this id. */
function newMessage(conn: VoxringConnection, messageId: (id: string) => boolean): Promise<MessageHeader> {
  const header = (f: ServerFrame): MessageHeader | undefined =>
    f.type === 'timeline' ? (f.timeline.events.find((e) => e.type === 'MESSAGE_NEW' && e.header && messageId(e.header.messageId))?.header ?? undefined) : undefined;
  return conn.waitFor((f) => header(f) !== undefined, 10_000, 'a MESSAGE_NEW event').then((f) => header(f) as MessageHeader);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number | undefined }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof VoxClientError) return { code: err.code, status: err.status };
    throw err;
  }
  throw new Error('expected a refusal');
}

async function errorOf(res: Response): Promise<{ status: number; code: string }> {
  const body = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: body.error?.code ?? '' };
}

interface World {
  url: string;
  a: TestUser;
  b: TestUser;
  outsider: TestUser;
  conversationId: string;
  nativeB: VoxringConnection;
  nativeA: VoxringConnection;
  zelloB: ZelloTestClient;
}

async function world(t: Test, transport: 'uws' | 'ws' = 'ws'): Promise<World> {
  const router = await startTestRouter(t, { transport, config: { maxAddressLength: MAX_ADDRESS, maxImageBytes: MAX_IMAGE } });
  const [a, b, outsider] = await Promise.all([signupUser(router.url, 'ma'), signupUser(router.url, 'mb'), signupUser(router.url, 'mo')]);
  const conversation = await a.http.createConversation([b.name], CHANNEL);
  const nativeA = await connectDevice(t, router.url, a, 'a-phone');
  const nativeB = await connectDevice(t, router.url, b, 'b-phone');
  const zelloB = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [CHANNEL]);
  return { url: router.url, a, b, outsider, conversationId: conversation.conversationId, nativeA, nativeB, zelloB };
}

void t.test('locations: native to native and Zello, Zello to native, limits', async (t) => {
  const w = await world(t);
  const location = { latitudeE7: 515_237_700, longitudeE7: -1_585_800, accuracyM: 8, formattedAddress: '221B Baker Street, London' };

  const seen = newMessage(w.nativeB, (id) => id === 'loc-1');
  const ack = await w.nativeA.sendLocation({ messageId: 'loc-1', conversationId: w.conversationId, ...location });
  t.same(ack, { messageId: 'loc-1', seq: 0 }, 'send_location is acked like send_text');
  const header = await seen;
  t.match(header, { contentType: 'LOCATION', senderId: w.a.userId, state: 'COMPLETE', location });
  t.match(await w.zelloB.event('on_location'), {
    channel: CHANNEL,
    from: w.a.name,
    latitude: 51.52377,
    longitude: -0.15858,
    accuracy: 8,
    formatted_address: location.formattedAddress,
  }, 'the Zello client gets it as on_location, in degrees');
  t.match(await w.b.http.getMessage('loc-1'), { contentType: 'LOCATION', location }, 'stored: GET /v1/messages/:id');

  const fromZello = newMessage(w.nativeA, (id) => id.startsWith('zello-'));
  const zelloReply = await w.zelloB.request({ command: 'send_location', channel: CHANNEL, latitude: -33.8568, longitude: 151.2153, accuracy: 30, formatted_address: 'Sydney' });
  t.equal(zelloReply['success'], true);
  t.match((await fromZello).location, { latitudeE7: -338_568_000, longitudeE7: 1_512_153_000, accuracyM: 30, formattedAddress: 'Sydney' }, "native sees Zello's location");

  const send = (messageId: string, change: Partial<typeof location>): Promise<unknown> =>
    w.nativeA.sendLocation({ messageId, conversationId: w.conversationId, ...location, ...change });
  t.match(await refusal(send('bad-1', { latitudeE7: 900_000_001 })), { code: 'VOX_LOCATION_INVALID' }, 'latitude past 90°');
  t.match(await refusal(send('bad-2', { latitudeE7: -900_000_001 })), { code: 'VOX_LOCATION_INVALID' }, 'latitude past -90°');
  t.match(await refusal(send('bad-3', { longitudeE7: 1_800_000_001 })), { code: 'VOX_LOCATION_INVALID' }, 'longitude past 180°');
  t.match(await refusal(send('bad-4', { formattedAddress: 'x'.repeat(MAX_ADDRESS + 1) })), { code: 'VOX_ADDRESS_TOO_LONG' }, 'address past maxAddressLength');
  t.same(await send('edge-1', { latitudeE7: -900_000_000, longitudeE7: 1_800_000_000, formattedAddress: 'x'.repeat(MAX_ADDRESS) }), { messageId: 'edge-1', seq: 0 }, 'the extremes and exactly maxAddressLength are accepted');
  t.match(await refusal(send('loc-1', {})), { code: 'VOX_MESSAGE_EXISTS' }, 'an id used before');
  t.match(await refusal(w.outsider.http.getMessage('loc-1')), { status: 404 }, 'hidden from non-participants');
  const tooLong = await w.zelloB.request({ command: 'send_location', channel: CHANNEL, latitude: 1, longitude: 2, formatted_address: 'y'.repeat(MAX_ADDRESS + 1) });
  t.equal(tooLong['error'], 'invalid request', 'maxAddressLength holds for Zello clients too');
  t.notOk((await w.a.http.listMessages(w.conversationId)).some((m) => m.messageId.startsWith('bad-')), 'nothing refused was stored');
});

void t.test('pictures: upload, timeline, GET/HEAD, Zello gets JPEGs, Zello pictures served', async (t) => {
  const w = await world(t);

  const seen = newMessage(w.nativeB, (id) => id === 'pic-jpeg');
  const header = await w.a.http.uploadImage(w.conversationId, JPEG, 'pic-jpeg');
  t.match(header, {
    messageId: 'pic-jpeg',
    contentType: 'IMAGE',
    state: 'COMPLETE',
    senderId: w.a.userId,
    image: { type: 'jpeg', width: 24, height: 16, source: 'upload', thumbnailBytes: 0, imageBytes: JPEG.length },
  });
  t.match(await seen, { messageId: 'pic-jpeg', image: { type: 'jpeg' } }, 'announced on the timeline');
  const got = await w.b.http.getImage('pic-jpeg');
  t.equal(got.contentType, 'image/jpeg');
  t.ok(Buffer.from(got.body).equals(JPEG), 'GET returns the bytes exactly');
  const viaQuery = await fetch(`${w.url}/v1/messages/pic-jpeg/image?access_token=${w.b.token}`);
  t.equal(viaQuery.status, 200, 'access_token in the query works (for <img>)');
  t.ok(Buffer.from(await viaQuery.arrayBuffer()).equals(JPEG));
  const head = await fetch(`${w.url}/v1/messages/pic-jpeg/image`, { method: 'HEAD', headers: { authorization: `Bearer ${w.b.token}` } });
  t.equal(head.status, 200);
  t.equal(head.headers.get('content-length'), String(JPEG.length), 'HEAD: the length');
  t.equal(head.headers.get('content-type'), 'image/jpeg');
  t.equal((await head.arrayBuffer()).byteLength, 0, 'HEAD: no body');

  const onImage = await w.zelloB.event('on_image');
  t.match(onImage, { channel: CHANNEL, from: w.a.name, type: 'jpeg', width: 24, height: 16, source: 'library' });
  const messageId = Number(onImage['message_id']);
  const parts = await w.zelloB.waitFor(() => {
    const p = w.zelloB.imageParts(messageId);
    return p.thumbnail && p.full ? p : undefined;
  }, 'image packets');
  t.ok(parts.full?.equals(JPEG), 'the Zello client gets the picture');
  t.ok(parts.thumbnail?.equals(JPEG), 'and, having no thumbnail, the picture as its thumbnail');

  for (const [bytes, type, contentType] of [[PNG, 'png', 'image/png'], [WEBP, 'webp', 'image/webp']] as const) {
    const uploaded = await w.a.http.uploadImage(w.conversationId, bytes);
    t.match(uploaded.image, { type, width: 24, height: 16, imageBytes: bytes.length }, `${type}: recognised`);
    t.match(uploaded.messageId, /^img-/, `${type}: the router picked an id`);
    const served = await w.b.http.getImage(uploaded.messageId);
    t.equal(served.contentType, contentType);
    t.ok(Buffer.from(served.body).equals(bytes), `${type}: served exactly`);
  }
  // A barrier: a JPEG after them reaches the Zello client; the PNG and WebP never did.
  await w.a.http.uploadImage(w.conversationId, JPEG, 'pic-jpeg-2');
  await w.zelloB.waitFor(() => (w.zelloB.log.filter((e) => e.kind === 'json' && e.body['command'] === 'on_image').length === 2 ? true : undefined), 'the second JPEG');
  t.equal(w.zelloB.log.filter((e) => e.kind === 'json' && e.body['command'] === 'on_image').length, 2, 'PNG and WebP are not sent to Zello clients (JPEG only)');

  // A Zello client's picture, natively: the full image, not the thumbnail.
  const thumbnail = JPEG.subarray(0, 100);
  const fromZello = newMessage(w.nativeA, (id) => id.startsWith('zello-'));
  const reply = await w.zelloB.request({ command: 'send_image', channel: CHANNEL, type: 'jpeg', width: 24, height: 16, thumbnail_content_length: thumbnail.length, content_length: JPEG.length });
  const imageId = Number(reply['image_id']);
  w.zelloB.sendBinary(packet(0x02, imageId, 0x02, thumbnail));
  w.zelloB.sendBinary(packet(0x02, imageId, 0x01, JPEG));
  const zelloHeader = await fromZello;
  const zelloImage = await w.a.http.getImage(zelloHeader.messageId);
  t.equal(zelloImage.contentType, 'image/jpeg');
  t.ok(Buffer.from(zelloImage.body).equals(JPEG), "a Zello picture is served natively: its full image");
});

for (const transport of TRANSPORTS) void t.test(`pictures refused over ${transport}: types, sizes, non-participants, other messages`, async (t) => {
  const w = await world(t, transport);
  const post = (bytes: Uint8Array, options: { token?: string; conversationId?: string; query?: string } = {}): Promise<Response> =>
    fetch(`${w.url}/v1/conversations/${options.conversationId ?? w.conversationId}/images${options.query ?? ''}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token ?? w.a.token}`, 'content-type': 'image/jpeg' },
      body: bytes,
    });

  t.same(await errorOf(await post(GIF)), { status: 415, code: 'VOX_IMAGE_UNSUPPORTED' }, 'GIF: 415 (the Content-Type header does not decide)');
  t.same(await errorOf(await post(Buffer.from('not a picture at all'))), { status: 415, code: 'VOX_IMAGE_UNSUPPORTED' }, 'text: 415');
  t.same(await errorOf(await post(Buffer.alloc(0))), { status: 415, code: 'VOX_IMAGE_UNSUPPORTED' }, 'empty: 415');
  t.same(await errorOf(await post(JPEG.subarray(0, 40))), { status: 415, code: 'VOX_IMAGE_UNSUPPORTED' }, 'a truncated header: 415');

  const exactly = Buffer.concat([JPEG, Buffer.alloc(MAX_IMAGE - JPEG.length)]);
  t.equal((await post(exactly)).status, 201, 'exactly maxImageBytes is accepted');
  t.same(await errorOf(await post(Buffer.concat([exactly, Buffer.alloc(1)]))), { status: 413, code: 'VOX_IMAGE_TOO_LARGE' }, 'one byte more: 413');
  const chunked = await fetch(`${w.url}/v1/conversations/${w.conversationId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.a.token}` },
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(Buffer.alloc(1024, i === 0 ? 0xff : 0));
        controller.close();
      },
    }),
    duplex: 'half',
  });
  t.same(await errorOf(chunked), { status: 413, code: 'VOX_IMAGE_TOO_LARGE' }, 'without a Content-Length too');
  t.equal((await post(JPEG)).status, 201, 'the router still takes pictures after refusing');

  // Non-participants: exactly what the other conversation endpoints answer them.
  const asOutsider = await errorOf(await fetch(`${w.url}/v1/conversations/${w.conversationId}`, { headers: { authorization: `Bearer ${w.outsider.token}` } }));
  t.same(await errorOf(await post(JPEG, { token: w.outsider.token })), asOutsider, `not a participant: ${asOutsider.status} ${asOutsider.code}, as GET /v1/conversations/:id`);
  t.same(await errorOf(await post(GIF, { token: w.outsider.token })), asOutsider, 'checked before the bytes: a non-participant learns nothing of them');
  t.same(await errorOf(await post(JPEG, { conversationId: 'no-such-conversation' })), asOutsider, 'no such conversation: the same');
  t.equal((await post(JPEG, { token: 'v1.not-a-token' })).status, 401, 'a bad token: 401');

  t.same(await errorOf(await post(JPEG, { query: '?messageId=mine-1' })), { status: 201, code: '' }, 'a chosen id');
  t.same(await errorOf(await post(JPEG, { query: '?messageId=mine-1' })), { status: 409, code: 'VOX_MESSAGE_EXISTS' }, 'used again: 409');
  t.same(await errorOf(await post(JPEG, { query: '?messageId=not%20valid' })), { status: 400, code: 'VOX_MESSAGE_ID_INVALID' }, 'a malformed id: 400');

  const getImage = (id: string, token = w.b.token): Promise<Response> => fetch(`${w.url}/v1/messages/${id}/image`, { headers: { authorization: `Bearer ${token}` } });
  t.same(await errorOf(await getImage('mine-1', w.outsider.token)), { status: 404, code: (await errorOf(await fetch(`${w.url}/v1/messages/mine-1`, { headers: { authorization: `Bearer ${w.outsider.token}` } }))).code }, 'GET as a non-participant: 404, as GET /v1/messages/:id');
  await w.nativeA.request({ type: 'sendText', sendText: { messageId: 'just-text', conversationId: w.conversationId, text: 'hi' } });
  t.same(await errorOf(await getImage('just-text')), { status: 404, code: 'VOX_NOT_FOUND' }, 'a text message has no image: 404');
  await w.a.http.call('POST', '/v1/messages/mine-1/recall');
  t.same(await errorOf(await getImage('mine-1')), { status: 410, code: 'VOX_MESSAGE_RECALLED' }, 'a recalled picture: 410');
});
