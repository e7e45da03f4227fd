import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// `npm test` runs every project at once on two cores; a first render in a cold file can take
// over the default second. A wait that is met returns at once, so passing tests are no slower.
configure({ asyncUtilTimeout: 5000 });
