// Vite's own transform compiles JSX with React's automatic runtime: no plugin needed.
export default { base: './', oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } };
