// Public exports of the matching layer (re-exported by src/index.ts).
export { matchRequest, matchHttpRequest } from './request.js';
export { matchResponse, matchHttpResponse } from './response.js';
