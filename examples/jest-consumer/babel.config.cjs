// TypeScript test files, turned into CommonJS for Jest's module registry.
module.exports = {
  presets: ['@babel/preset-typescript'],
  plugins: ['@babel/plugin-transform-modules-commonjs'],
};
