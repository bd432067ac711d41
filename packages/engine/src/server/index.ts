// Public exports of the server layer (re-exported by src/index.ts).
export {};
