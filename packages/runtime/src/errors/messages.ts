/** DRF's message for a value that is not an integer; generated `z.int(...)` schemas carry it as their error. */
export const INTEGER_MESSAGE = 'A valid integer is required.';
