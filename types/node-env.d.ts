// `?raw` imports (migrations' .sql files): inlined by Vite when bundling, and by
// scripts/raw-loader.ts when a script runs straight under Node.
declare module '*?raw' {
  const text: string;
  export default text;
}
