// `?raw` imports (migrations' .sql files): inlined by Vite when bundling, and by
// scripts/raw-loader.ts when a script runs straight under Node.
declare module '*?raw' {
  const text: string;
  export default text;
}

// `?modulePath` (electron-vite): the imported file is bundled as its own entry and the import is
// its path; main.ts uses it for the backup worker thread.
declare module '*?modulePath' {
  const path: string;
  export default path;
}
