/** A personal API key of the upstream format, used by every test of the package. */
export const TEST_KEY = 'phx_Q7fKx2mNp9RtVw3YzB8cDhJkL4sGnE6aU';
/** Its upstream-style mask. */
export const TEST_KEY_MASK = 'phx_...E6aU';
