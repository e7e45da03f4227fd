import '@testing-library/jest-dom/vitest';
// Real styles in the real browser: focus rings, contrast and layout are what a person sees.
import '../../src/styles.css';
