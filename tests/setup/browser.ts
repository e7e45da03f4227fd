import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
// Real styles in the real browser: focus rings, contrast and layout are what a person sees.
import '../../src/styles.css';

// As in tests/setup/unit.ts: waits that are met return at once; CI's load can slow a first render.
configure({ asyncUtilTimeout: 5000 });
