import { configure } from '@testing-library/react';

// A shared CI machine can take longer than Testing Library's default second to settle a step.
configure({ asyncUtilTimeout: 5000 });
