// Public exports of the dsl layer (re-exported by src/index.ts).
export {};
