// Signing and verifying, the frontend's one module for it: requests between this server and the
// companion plugin (request-signature.ts), tokens a browser carries (signed-payload.ts), both on
// one MAC (mac.ts). Import from here.
export { safeEqual } from './mac';
export {
  checkSignature,
  checkSignedRead,
  MAX_AGE_SECONDS,
  ReplayMemory,
  SIGNATURE_HEADER,
  type SignatureCheck,
  signBody,
  signedHeaders,
  signRequest,
  TIMESTAMP_HEADER,
} from './request-signature';
export { type PayloadCheck, signPayload, verifyPayload } from './signed-payload';
