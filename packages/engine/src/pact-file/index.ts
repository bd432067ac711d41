// Public exports of the pact-file layer (re-exported by src/index.ts).
export {};
