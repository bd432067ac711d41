// Public exports of the report layer (re-exported by src/index.ts).
export {};
