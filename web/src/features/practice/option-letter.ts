/** The letter an option is shown with: A for the first, B for the second… */
export const letter = (i: number) => String.fromCharCode(65 + i);
