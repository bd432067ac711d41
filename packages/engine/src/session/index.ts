// Public exports of the session layer (re-exported by src/index.ts).
export {};
