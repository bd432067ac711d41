// Public exports of the model layer (re-exported by src/index.ts).
export {};
