// Vite's `?raw` imports: a file's text, as the stories show a docs recipe exactly as written.
declare module '*?raw' {
  const text: string;
  export default text;
}
