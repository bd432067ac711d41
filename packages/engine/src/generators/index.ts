// Public exports of the generators layer (re-exported by src/index.ts).
export {};
