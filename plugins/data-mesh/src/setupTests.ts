import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Lazy-loaded app test trees render slowly when the whole suite runs in
// parallel; the default one-second wait makes async queries flaky. Tests
// get longer than one wait, so a failing query reports what it saw.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20000);
