// Public exports of the matching layer (re-exported by src/index.ts).
export {};
