/** Vite's raw imports: the README matrix test reads the file without Node APIs. */
declare module '*?raw' {
  const text: string
  export default text
}
