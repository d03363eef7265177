/** JSON Schema's type names in English words, as the validator's messages and the catalogue's English wording use them. */
export const TYPE_WORDS_EN = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
} as const;
